/**
 * What happens once when okr starts: the domain schema is migrated, the demo company or the first
 * administrator is created, and the engine gets the authorizations and Tasklist filters okr's
 * people need. Called by the process application after the engine has started.
 */
package dev.okr.workflow.setup;
