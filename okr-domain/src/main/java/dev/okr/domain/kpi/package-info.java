/**
 * KPIs of execution-type positions, scored by attainment of a target met in full. They stay
 * out of OKR roll-ups unless explicitly linked to a key result.
 */
package dev.okr.domain.kpi;
