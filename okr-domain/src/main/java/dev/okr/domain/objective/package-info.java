/**
 * Cycles, objectives and their key results, from drafting through review to publication.
 * {@link dev.okr.domain.objective.ObjectiveService} is the entry point for every change; other
 * capabilities refer to objectives and key results by id.
 */
package dev.okr.domain.objective;
