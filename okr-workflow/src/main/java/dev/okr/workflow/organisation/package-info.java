/**
 * The engine's view of okr's organisation: a read-only identity provider that answers user,
 * group and password questions from the domain {@link dev.okr.domain.organisation.Directory}.
 * Only the engine uses these classes, through {@link dev.okr.workflow.engine.OkrEnginePlugin}.
 */
package dev.okr.workflow.organisation;
