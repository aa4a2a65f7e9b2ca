/**
 * Cross-region resource reallocation: requests linked to the key results they serve and weaken,
 * the approvers' votes, and the resource ledger booked on approval. Used by the reallocation
 * workflow and the web API.
 */
package dev.okr.domain.reallocation;
