/** The alignment API: links from objectives up to key results and objectives above. */
package dev.okr.web.alignment;
