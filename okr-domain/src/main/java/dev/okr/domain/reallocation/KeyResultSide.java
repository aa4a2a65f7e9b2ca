package dev.okr.domain.reallocation;

/** Whether a key result gains from the transfer (requesting side) or loses (giving side). */
public enum KeyResultSide {
  GAINS,
  LOSES
}
