package dev.okr.web.checkin;

import dev.okr.domain.checkin.CheckIn;
import dev.okr.web.config.OkrMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Check-ins into their API shape. */
@Mapper(config = OkrMapperConfig.class)
public interface CheckInMapper {

  @Mapping(target = "keyResultId", source = "keyResult.id")
  @Mapping(target = "correctsId", source = "corrects.id")
  CheckInDto toDto(CheckIn checkIn);
}
