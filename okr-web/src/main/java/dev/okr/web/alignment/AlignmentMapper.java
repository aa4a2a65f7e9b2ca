package dev.okr.web.alignment;

import dev.okr.domain.alignment.AlignmentDraft;
import dev.okr.domain.alignment.AlignmentLink;
import dev.okr.web.config.OkrMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Alignment links between their domain and API shapes. */
@Mapper(config = OkrMapperConfig.class)
public interface AlignmentMapper {

  @Mapping(target = "objectiveId", source = "objective.id")
  @Mapping(target = "keyResultId", source = "keyResult.id")
  @Mapping(target = "parentObjectiveId", source = "parentObjective.id")
  @Mapping(target = "targetObjectiveId", source = "targetObjective.id")
  @Mapping(target = "valueKeyResultId", source = "valueKeyResult.id")
  AlignmentDto toDto(AlignmentLink link);

  AlignmentDraft toDraft(AlignmentDraftDto dto);
}
