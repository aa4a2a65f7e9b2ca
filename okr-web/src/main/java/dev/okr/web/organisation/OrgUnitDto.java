package dev.okr.web.organisation;

/** An org unit: headquarters, a region (战区) or a provincial team. */
public record OrgUnitDto(String code, String name, String type, String parentCode,
    String headUsername) {
}
