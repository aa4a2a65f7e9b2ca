package dev.okr.web.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.domain.calibration.CalibrationDecision;
import dev.okr.domain.calibration.CalibrationRisk;
import dev.okr.domain.calibration.CalibrationSession;
import dev.okr.web.config.OkrMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Calibration sessions into their API shape. */
@Mapper(config = OkrMapperConfig.class)
public interface CalibrationMapper {

  ObjectMapper JSON = new ObjectMapper();

  @Mapping(target = "regionCode", source = "region.code")
  @Mapping(target = "challengerUsername", source = "challenger.username")
  @Mapping(target = "report", expression = "java(report(session.getReport()))")
  CalibrationSessionDto toDto(CalibrationSession session);

  @Mapping(target = "keyResultId", source = "keyResult.id")
  CalibrationSessionDto.RiskDto toDto(CalibrationRisk risk);

  @Mapping(target = "reallocationRequestId", source = "reallocationRequest.id")
  @Mapping(target = "reversesId", source = "reverses.id")
  CalibrationSessionDto.DecisionDto toDto(CalibrationDecision decision);

  /** The stored report JSON as a tree. */
  default JsonNode report(String json) {
    try {
      return json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Calibration report is not JSON", e);
    }
  }
}
