package dev.okr.web.organisation;

import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.web.config.OkrMapperConfig;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Org units and people to their API shape. */
@Mapper(config = OkrMapperConfig.class)
public interface OrganisationMapper {

  @Mapping(target = "parentCode", source = "parent.code")
  OrgUnitDto toDto(OrgUnit unit);

  @Mapping(target = "executionType", source = "person.role.executionType")
  @Mapping(target = "orgUnitCode", source = "person.orgUnit.code")
  @Mapping(target = "orgUnitName", source = "person.orgUnit.name")
  @Mapping(target = "groups", source = "groups")
  EmployeeDto toDto(Employee person, List<String> groups);
}
