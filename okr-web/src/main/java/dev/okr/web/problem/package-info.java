/**
 * Every API error as an RFC 9457 problem document. Resources throw domain exceptions; the mappers
 * here turn each exception family into one status, in one table ({@link ExceptionStatus}).
 */
package dev.okr.web.problem;
