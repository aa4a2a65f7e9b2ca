package dev.okr.domain.reallocation;

/** A request waits for its approvers, then is approved (and booked) or rejected. */
public enum ReallocationStatus {
  REQUESTED,
  APPROVED,
  REJECTED
}
