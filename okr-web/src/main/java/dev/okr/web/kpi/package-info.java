/** The KPI API for execution-type positions. */
package dev.okr.web.kpi;
