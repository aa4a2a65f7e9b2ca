package dev.okr.web.transfer;

import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.spreadsheet.SpreadsheetReader;
import dev.okr.domain.transfer.ImportReport;
import dev.okr.domain.transfer.OkrExportService;
import dev.okr.domain.transfer.OkrImportService;
import dev.okr.web.config.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Spreadsheet import and export. An import takes a CSV (UTF-8 with or without BOM, or GBK) or
 * XLSX file, as a multipart form field {@code file} or as the raw body, and answers with a
 * report of every row; {@code dryRun=true} only validates. Export gives a cycle's OKRs (and,
 * in XLSX or with {@code content=check-ins}, their check-in history).
 */
@Path("/")
public class TransferResource {

  static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject
  OkrImportService imports;

  @Inject
  OkrExportService exports;

  @Context
  SecurityContext security;

  @POST
  @Path("okr-imports")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response importForm(@FormParam("file") EntityPart file,
      @QueryParam("dryRun") String dryRun, @Context UriInfo uri) {
    if (file == null) {
      throw new InvalidRequestException("Send the spreadsheet in the form field 'file'");
    }
    String contentType = file.getMediaType() == null ? null : file.getMediaType().toString();
    return answer(imports.importFile(CurrentUser.of(security), bytes(file),
        file.getFileName().orElse(null), contentType, flag(dryRun)), uri);
  }

  @POST
  @Path("okr-imports")
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public Response importBody(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @QueryParam("fileName") String fileName,
      @QueryParam("dryRun") String dryRun, @Context UriInfo uri) {
    return answer(imports.importFile(CurrentUser.of(security), body, fileName, type,
        flag(dryRun)), uri);
  }

  @GET
  @Path("okr-imports/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public ImportReport report(@PathParam("id") long id) {
    return imports.read(CurrentUser.of(security), id);
  }

  /**
   * A cycle's OKRs as CSV or XLSX.
   *
   * @param content okrs (default) or check-ins; XLSX always holds both sheets
   */
  @GET
  @Path("okr-exports")
  @Produces({"text/csv", XLSX})
  public Response export(@QueryParam("cycle") String cycle,
      @QueryParam("format") @DefaultValue("csv") String format,
      @QueryParam("content") @DefaultValue("okrs") String content) {
    String username = CurrentUser.of(security);
    if (cycle == null || cycle.isBlank()) {
      throw new InvalidRequestException("Name the cycle to export: ?cycle=2026-Q4");
    }
    String safeName = cycle.replaceAll("[^A-Za-z0-9._-]", "_");
    switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" -> {
        OkrExportService.Content what = switch (content.toLowerCase(Locale.ROOT)) {
          case "okrs" -> OkrExportService.Content.OKRS;
          case "check-ins" -> OkrExportService.Content.CHECK_INS;
          default -> throw new InvalidRequestException("content is okrs or check-ins, not '"
              + content + "'");
        };
        return download(exports.csv(username, cycle, what), "text/csv; charset=UTF-8",
            "okr-" + safeName + "-" + content.toLowerCase(Locale.ROOT) + ".csv");
      }
      case "xlsx" -> {
        return download(exports.xlsx(username, cycle), XLSX, "okr-" + safeName + ".xlsx");
      }
      default -> throw new InvalidRequestException("format is csv or xlsx, not '" + format
          + "'");
    }
  }

  /** dryRun is true or false, nothing else: a typo must not import for real. */
  private static boolean flag(String dryRun) {
    if (dryRun == null || dryRun.equals("false")) {
      return false;
    }
    if (dryRun.equals("true")) {
      return true;
    }
    throw new InvalidRequestException("dryRun is true or false, not '" + dryRun + "'");
  }

  private static Response answer(ImportReport report, UriInfo uri) {
    if (report.id() == null) {
      return Response.ok(report).build();
    }
    return Response.created(uri.getBaseUriBuilder().path("okr-imports")
        .path(String.valueOf(report.id())).build()).entity(report).build();
  }

  private static Response download(byte[] body, String type, String fileName) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  private static byte[] bytes(EntityPart part) {
    try (InputStream in = part.getContent()) {
      byte[] content = in.readNBytes(SpreadsheetReader.MAX_BYTES + 1);
      if (content.length > SpreadsheetReader.MAX_BYTES) {
        throw new InvalidRequestException("The file is larger than "
            + SpreadsheetReader.MAX_BYTES / (1024 * 1024) + " MB; split it");
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the uploaded file", e);
    }
  }
}
