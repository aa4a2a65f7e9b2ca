/**
 * Biweekly calibration sessions of a region: the report from live data, the challenger from
 * another region and the risks raised, the head's decisions. Used by the calibration workflow
 * and the web API; sessions are kept for analysis.
 */
package dev.okr.domain.calibration;
