/**
 * Web plumbing: the process application entry point, the JAX-RS application, JSON settings and
 * authentication of API callers. No business rules live here.
 */
package dev.okr.web.config;
