package dev.okr.web.kpi;

import dev.okr.domain.kpi.Kpi;
import dev.okr.domain.kpi.KpiDraft;
import dev.okr.web.config.OkrMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** KPIs between their domain and API shapes. */
@Mapper(config = OkrMapperConfig.class)
public interface KpiMapper {

  @Mapping(target = "cycleCode", source = "cycle.code")
  @Mapping(target = "ownerUsername", source = "owner.username")
  @Mapping(target = "linkedKeyResultId", source = "linkedKeyResult.id")
  @Mapping(target = "attainment", expression = "java(kpi.attainment())")
  KpiDto toDto(Kpi kpi);

  KpiDraft toDraft(KpiDraftDto dto);
}
