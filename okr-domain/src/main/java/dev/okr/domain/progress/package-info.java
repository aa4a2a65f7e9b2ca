/**
 * Progress, score and risk of key results and objectives, and their roll-up along contributing
 * alignment links. Pure computation over snapshots, free of persistence, so that the same
 * numbers come out wherever they are shown; {@code ProgressService} feeds it from the database.
 */
package dev.okr.domain.progress;
