/**
 * Progress, risk and score as the API shows them, computed once per request by the domain's
 * progress service and shared by every mapper of that answer.
 */
package dev.okr.web.progress;
