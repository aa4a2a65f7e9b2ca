/** The organisation as the API shows it: org units, people and the caller's own profile. */
package dev.okr.web.organisation;
