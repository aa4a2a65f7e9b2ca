/**
 * Alignment of objectives to the key results above them: contributing links count in the
 * roll-up with a weight, supporting links are only shown. The service refuses self and circular
 * alignment. Used by the web API and the import.
 */
package dev.okr.domain.alignment;
