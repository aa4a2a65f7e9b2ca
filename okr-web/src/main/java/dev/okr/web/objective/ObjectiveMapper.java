package dev.okr.web.objective;

import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.KeyResultDraft;
import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveDraft;
import dev.okr.web.config.OkrMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Objectives, key results and cycles between their domain and API shapes. */
@Mapper(config = OkrMapperConfig.class)
public interface ObjectiveMapper {

  @Mapping(target = "cycleCode", source = "cycle.code")
  @Mapping(target = "ownerUnitCode", source = "ownerUnit.code")
  @Mapping(target = "ownerUsername", source = "owner.username")
  @Mapping(target = "draftedByUsername", source = "draftedBy.username")
  @Mapping(target = "alignedKeyResultId", source = "alignedTo.id")
  ObjectiveDto toDto(Objective objective);

  @Mapping(target = "progress", expression = "java(keyResult.progress())")
  @Mapping(target = "ownerUsername", source = "owner.username")
  KeyResultDto toDto(KeyResult keyResult);

  CycleDto toDto(Cycle cycle);

  ObjectiveDraft toDraft(ObjectiveDraftDto dto);

  KeyResultDraft toDraft(KeyResultDraftDto dto);
}
