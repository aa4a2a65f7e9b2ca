/**
 * Cycles, objectives and key results over HTTP: drafting, revising with optimistic concurrency
 * (ETag / If-Match), submitting for review and reading.
 */
package dev.okr.web.objective;
