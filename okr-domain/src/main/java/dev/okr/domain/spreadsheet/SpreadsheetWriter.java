package dev.okr.domain.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sheets as CSV or XLSX so that {@link SpreadsheetReader} reads them back unchanged.
 * Stateless and thread-safe.
 *
 * <p>CSV is UTF-8 with a byte order mark, so that Excel recognises the encoding, with CRLF line
 * ends and RFC 4180 quoting; numbers are plain decimals, dates {@code yyyy-MM-dd}. XLSX keeps
 * numbers as numeric cells and dates as date cells formatted {@code yyyy-mm-dd}.
 */
public final class SpreadsheetWriter {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * Writes one sheet as CSV; its name is not part of the file.
   *
   * @throws IllegalArgumentException when a cell has an unsupported type
   */
  public byte[] writeCsv(SheetContent sheet) {
    StringBuilder text = new StringBuilder().append(BYTE_ORDER_MARK);
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
      printer.printRecord(sheet.header());
      for (List<Object> row : sheet.rows()) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(csvText(cell)));
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV to memory failed", e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes sheets into one workbook, in the given order.
   *
   * @throws IllegalArgumentException when a sheet name is not allowed in Excel (empty, longer than
   *     31 characters, containing {@code / \ ? * [ ] :}) or repeated, or a cell has an
   *     unsupported type
   */
  public byte[] writeXlsx(List<SheetContent> sheets) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat()
          .getFormat("yyyy-mm-dd"));

      for (SheetContent content : sheets) {
        WorkbookUtil.validateSheetName(content.name());
        Sheet sheet = workbook.createSheet(content.name());
        List<Object> header = new ArrayList<>(content.header());
        writeRow(sheet.createRow(0), header, dateStyle);
        for (int index = 0; index < content.rows().size(); index++) {
          writeRow(sheet.createRow(index + 1), content.rows().get(index), dateStyle);
        }
      }

      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a workbook to memory failed", e);
    }
  }

  private static void writeRow(Row row, List<Object> cells, CellStyle dateStyle) {
    for (int index = 0; index < cells.size(); index++) {
      Object value = cells.get(index);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(index);
      if (value instanceof String text) {
        cell.setCellValue(text);
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value instanceof LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(dateStyle);
      } else {
        throw unsupported(value);
      }
    }
  }

  /**
   * Text that a spreadsheet program would run as a formula (=, +, -, @ first) gets a leading
   * apostrophe, which Excel shows as plain text; the import drops that apostrophe again.
   */
  static String defused(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static String csvText(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String text) {
      return defused(text);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number || value instanceof LocalDate) {
      return value.toString();
    }
    throw unsupported(value);
  }

  private static IllegalArgumentException unsupported(Object value) {
    return new IllegalArgumentException("cells hold String, Number, LocalDate or null, not "
        + value.getClass().getSimpleName());
  }
}
