package dev.okr.domain.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.domain.shared.InvalidRequestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTest {

  private final SpreadsheetReader reader = new SpreadsheetReader();

  @Test
  void shouldRejectFileThatIsNeitherUtf8NorGbText() {
    byte[] binary = {'r', 'o', 'w', (byte) 0x80, (byte) 0xFF, 0x00, 0x01, (byte) 0xFE, 0x7F};

    assertThatThrownBy(() -> reader.read(binary, "upload.csv", "text/csv"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("neither UTF-8 nor GBK");
  }

  @Test
  void shouldRejectTextWithBinaryControlCharacters() {
    byte[] binary = "row_id\u0000\u0001\u0002,type".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(binary, "upload.csv", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("binary data");
  }

  @Test
  void shouldRejectEmptyFile() {
    assertThatThrownBy(() -> reader.read(new byte[0], "empty.csv", "text/csv"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> reader.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "bom-only.csv", "text/csv"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("the file is empty");
  }

  @Test
  void shouldNameTheMissingColumn() {
    byte[] csv = "row_id,type,title\r\nO1,objective,Grow\r\n".getBytes(StandardCharsets.UTF_8);
    SpreadsheetTable table = reader.read(csv, "short.csv", "text/csv");

    assertThatThrownBy(() -> new ImportPlanner().plan(table, CaseFiles.context()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("column 'parent_row_id' is missing; found: 'row_id', 'type'");
  }

  @Test
  void shouldRejectUnclosedQuote() {
    byte[] csv = "row_id,title\r\nO1,\"never closed\r\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(csv, "broken.csv", "text/csv"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("malformed");
  }

  @Test
  void shouldRejectWorkbookNameOnTextAndDamagedWorkbook() {
    byte[] text = "row_id\r\nO1\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] damaged = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};

    assertThatThrownBy(() -> reader.read(text, "plan.xlsx", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("is not one");
    assertThatThrownBy(() -> reader.read(damaged, "plan.csv", null))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("workbook cannot be opened");
  }

  @Test
  void shouldRefuseMoreRowsThanTheLimit() {
    StringBuilder csv = new StringBuilder("row_id\r\n");
    for (int row = 0; row <= SpreadsheetReader.MAX_ROWS; row++) {
      csv.append('R').append(row).append("\r\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(bytes, "huge.csv", "text/csv"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("more than 10000 rows");
  }

  @Test
  void shouldRenderWorkbookNumbersAndDatesAsPlainText() throws IOException {
    byte[] workbook = workbook();

    SpreadsheetTable table = reader.read(workbook, null, null);

    SpreadsheetRow row = table.rows().get(0);
    assertThat(table.headers()).containsExactly("big", "whole", "fraction", "share", "day");
    assertThat(row.lineNumber()).isEqualTo(2);
    assertThat(row.cell("big")).isEqualTo("1800000");
    assertThat(row.cell("whole")).isEqualTo("75");
    assertThat(row.cell("fraction")).isEqualTo("0.3");
    assertThat(row.cell("share")).isEqualTo("75%");
    assertThat(row.cell("day")).isEqualTo("2025-07-01");
  }

  private static byte[] workbook() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("data");
      Row header = sheet.createRow(0);
      String[] names = {"Big", "Whole", "Fraction", "Share", " Day "};
      for (int column = 0; column < names.length; column++) {
        header.createCell(column).setCellValue(names[column]);
      }
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));

      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(1.8e6);
      row.createCell(1).setCellValue(75.0);
      row.createCell(2).setCellValue(0.1 + 0.2);
      row.createCell(3).setCellValue(0.75);
      row.getCell(3).setCellStyle(percent);
      row.createCell(4).setCellValue(LocalDate.of(2025, 7, 1));
      row.getCell(4).setCellStyle(date);
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
