/**
 * The biweekly calibration workflow: its schedule, the delegates and listeners of
 * {@code okr-calibration-biweekly} and {@code okr-calibration}, and the service that calls a
 * calibration from the API. Domain work is done by the domain's calibration service.
 */
package dev.okr.workflow.calibration;
