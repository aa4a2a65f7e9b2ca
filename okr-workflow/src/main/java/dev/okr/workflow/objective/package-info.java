/**
 * The OKR setting and approval process ({@code okr-setting-approval}): submitting an objective,
 * the quality check, the superior's review and publication. The web edge submits through
 * {@link dev.okr.workflow.objective.ObjectiveSubmissionService}; the delegates are called by the
 * engine only.
 */
package dev.okr.workflow.objective;
