package dev.okr.web.reallocation;

import dev.okr.domain.reallocation.LedgerEntry;
import dev.okr.domain.reallocation.ReallocationDraft;
import dev.okr.domain.reallocation.ReallocationVote;
import dev.okr.web.config.OkrMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Reallocation requests, votes and ledger entries between domain and API shapes. */
@Mapper(config = OkrMapperConfig.class)
public interface ReallocationMapper {

  ReallocationDraft toDraft(ReallocationDraftDto dto);

  ReallocationDto.VoteDto toDto(ReallocationVote vote);

  @Mapping(target = "regionCode", source = "region.code")
  @Mapping(target = "requestId", source = "request.id")
  LedgerDto.EntryDto toDto(LedgerEntry entry);
}
