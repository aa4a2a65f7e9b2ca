/**
 * Check-ins: the history of values, confidence and comments reported on key results by people
 * and integrations. History is append-only; corrections and retractions are new facts.
 */
package dev.okr.domain.checkin;
