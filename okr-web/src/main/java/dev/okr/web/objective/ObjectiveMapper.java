package dev.okr.web.objective;

import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.CycleDraft;
import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.KeyResultDraft;
import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveDraft;
import dev.okr.web.config.OkrMapperConfig;
import dev.okr.web.progress.ProgressView;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Objectives, key results and cycles between their domain and API shapes. */
@Mapper(config = OkrMapperConfig.class)
public interface ObjectiveMapper {

  @Mapping(target = "cycleCode", source = "cycle.code")
  @Mapping(target = "ownerUnitCode", source = "ownerUnit.code")
  @Mapping(target = "ownerUsername", source = "owner.username")
  @Mapping(target = "draftedByUsername", source = "draftedBy.username")
  @Mapping(target = "progress", expression = "java(progress.objective(objective.getId()))")
  ObjectiveDto toDto(Objective objective, @Context ProgressView progress);

  @Mapping(target = "objectiveId", source = "objective.id")
  @Mapping(target = "ownerUsername", source = "owner.username")
  @Mapping(target = "progress", expression = "java(progress.keyResult(keyResult.getId()))")
  KeyResultDto toDto(KeyResult keyResult, @Context ProgressView progress);

  CycleDto toDto(Cycle cycle);

  @Mapping(target = "aspirational", defaultValue = "false")
  ObjectiveDraft toDraft(ObjectiveDraftDto dto);

  KeyResultDraft toDraft(KeyResultDraftDto dto);

  CycleDraft toDraft(CycleDraftDto dto);
}
