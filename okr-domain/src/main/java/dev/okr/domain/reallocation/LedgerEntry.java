package dev.okr.domain.reallocation;

import dev.okr.domain.organisation.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One booking in the resource ledger: a region receives (positive amount) or gives (negative)
 * a resource for a key account because a request was approved. Entries are only appended; an
 * approved request books exactly one pair.
 */
@Entity
@Table(name = "okr_resource_ledger_entry")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id")
  private OrgUnit region;

  @Enumerated(EnumType.STRING)
  @Column(name = "resource_type", nullable = false)
  private ResourceType resourceType;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(name = "key_account", nullable = false)
  private String keyAccount;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ReallocationRequest request;

  @Column(name = "booked_at", nullable = false)
  private Instant bookedAt;

  protected LedgerEntry() {
  }

  LedgerEntry(OrgUnit region, ResourceType resourceType, BigDecimal amount, String keyAccount,
      ReallocationRequest request, Instant bookedAt) {
    this.region = region;
    this.resourceType = resourceType;
    this.amount = amount;
    this.keyAccount = keyAccount;
    this.request = request;
    this.bookedAt = bookedAt;
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getRegion() {
    return region;
  }

  public ResourceType getResourceType() {
    return resourceType;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getKeyAccount() {
    return keyAccount;
  }

  public ReallocationRequest getRequest() {
    return request;
  }

  public Instant getBookedAt() {
    return bookedAt;
  }
}
