/**
 * Bringing a database to life: schema migration, the first administrator and the demo company.
 * Called once at start-up by the process application; nothing else should use it.
 */
package dev.okr.domain.setup;
