package dev.okr.web.reallocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The resource ledger: bookings and each region's balance per resource type. */
public record LedgerDto(List<EntryDto> entries, List<BalanceDto> balances) {

  /** One booking: positive for the receiving region, negative for the giving one. */
  public record EntryDto(Long id, String regionCode, String resourceType, BigDecimal amount,
      String keyAccount, Long requestId, Instant bookedAt) {
  }

  /** The sum of a region's bookings of one resource type. */
  public record BalanceDto(String regionCode, String resourceType, BigDecimal balance) {
  }
}
