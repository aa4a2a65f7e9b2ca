package dev.okr.domain.organisation;

/**
 * A group derived from the organisation, as the workflow engine sees it.
 *
 * @param id   stable ASCII id, see {@link GroupIds}
 * @param name readable name in the company's language
 * @param type {@code ORG} for groups following the org chart, {@code SYSTEM} for access groups
 */
public record Group(String id, String name, String type) {
}
