/**
 * The company's org units (headquarters, regions, provincial teams) and its people, with their
 * roles and login credentials. This is the one source of truth for identity: the workflow engine
 * sees these people and units as users and groups through
 * {@link dev.okr.domain.organisation.Directory}.
 */
package dev.okr.domain.organisation;
