/**
 * Protection of Camunda's own web modules inside the EAR: HTTP Basic authentication for
 * {@code /engine-rest} against the engine's identity, and a guard that refuses task and filter
 * queries carrying expressions. Installed into those modules by a servlet container initializer.
 */
package dev.okr.workflow.security;
