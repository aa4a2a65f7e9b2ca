package dev.okr.web.organisation;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Group;
import dev.okr.domain.organisation.PersonSearch;
import dev.okr.web.config.CurrentUser;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Read access to the org chart and the people in it, for every authenticated employee. */
@Path("/")
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  @Inject
  Directory directory;

  @Inject
  OrganisationMapper mapper;

  @GET
  @Path("org-units")
  public List<OrgUnitDto> orgUnits() {
    return directory.orgUnits().stream().map(mapper::toDto).toList();
  }

  @GET
  @Path("org-units/{code}")
  public OrgUnitDto orgUnit(@PathParam("code") String code) {
    return mapper.toDto(directory.orgUnit(code));
  }

  /** People, optionally of one org unit, ordered by username; the total is in X-Total-Count. */
  @GET
  @Path("employees")
  public Response employees(@QueryParam("orgUnit") String orgUnit,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    PersonSearch search = PersonSearch.inOrgUnit(orgUnit);
    List<EmployeeDto> people = directory.search(search, page * size, size).stream()
        .map(p -> mapper.toDto(p, null))
        .toList();
    return Response.ok(people).header("X-Total-Count", directory.count(search)).build();
  }

  @GET
  @Path("employees/{username}")
  public EmployeeDto employee(@PathParam("username") String username) {
    return withGroups(username);
  }

  @GET
  @Path("me")
  public EmployeeDto me(@Context SecurityContext security) {
    return withGroups(CurrentUser.of(security));
  }

  private EmployeeDto withGroups(String username) {
    List<String> groups = directory.groupsOf(username).stream().map(Group::id).toList();
    return mapper.toDto(directory.person(username), groups);
  }
}
