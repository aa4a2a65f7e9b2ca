package dev.okr.domain.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One spreadsheet import: who sent which file (by its SHA-256), when, and the row-by-row report
 * as JSON, so the report can be read again later.
 */
@Entity
@Table(name = "okr_import_run")
public class ImportRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String actor;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_format", nullable = false)
  private String format;

  private String encoding;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "accepted_rows", nullable = false)
  private int acceptedRows;

  @Column(name = "rejected_rows", nullable = false)
  private int rejectedRows;

  @Column(nullable = false)
  private String report;

  protected ImportRun() {
  }

  ImportRun(String actor, String fileName, String format, String encoding, String sha256,
      Instant importedAt, int acceptedRows, int rejectedRows, String report) {
    this.actor = actor;
    this.fileName = fileName;
    this.format = format;
    this.encoding = encoding;
    this.sha256 = sha256;
    this.importedAt = importedAt;
    this.acceptedRows = acceptedRows;
    this.rejectedRows = rejectedRows;
    this.report = report;
  }

  public Long getId() {
    return id;
  }

  public String getActor() {
    return actor;
  }

  public String getFileName() {
    return fileName;
  }

  public String getFormat() {
    return format;
  }

  public String getEncoding() {
    return encoding;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public int getAcceptedRows() {
    return acceptedRows;
  }

  public int getRejectedRows() {
    return rejectedRows;
  }

  /** The {@link ImportReport} as JSON. */
  public String getReport() {
    return report;
  }
}
