/** The calibration API: a region's sessions, their reports, risks and decisions. */
package dev.okr.web.calibration;
