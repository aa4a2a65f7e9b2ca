package dev.okr.domain.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.logging.Logger;

/**
 * Reads an uploaded CSV or XLSX file into a {@link SpreadsheetTable}. Stateless and thread-safe.
 *
 * <p>XLSX is recognised by its ZIP signature whatever the file is called; everything else is read
 * as RFC 4180 CSV. CSV text is decoded as UTF-8 (a leading byte order mark is dropped) and, when
 * it is not valid UTF-8, as GB18030, the superset of GBK; decoding is strict in both cases, so
 * a file is never read with replacement characters. Of a workbook only the first sheet is read;
 * numbers become plain decimal text, cells formatted as percent become {@code 75%}, date cells
 * become {@code yyyy-MM-dd}. POI's zip-bomb protection stays at its defaults.
 */
public final class SpreadsheetReader {

  /** More data rows than this are refused rather than half imported. */
  public static final int MAX_ROWS = 10_000;

  /** Larger uploads are refused before parsing. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(SpreadsheetReader.class);

  private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
  private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final MathContext EXCEL_PRECISION = new MathContext(15);

  /**
   * Reads a file.
   *
   * @param fileName the uploaded file's name, may be null; only used in messages
   * @param contentType the declared media type, may be null; only used in messages
   * @throws UnreadableSpreadsheetException when the file is empty, too large, damaged, in an
   *     unsupported format or encoding, or has no usable header row
   */
  public SpreadsheetTable read(byte[] content, String fileName, String contentType) {
    if (content == null || content.length == 0) {
      throw unreadable(fileName, "the file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw unreadable(fileName, "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }

    if (startsWith(content, ZIP_SIGNATURE)) {
      return readWorkbook(content, fileName);
    }
    if (startsWith(content, OLE2_SIGNATURE)) {
      throw unreadable(fileName,
          "the old Excel 97-2003 format (.xls) is not supported; save the file as .xlsx or CSV");
    }
    if (isWorkbookName(fileName, contentType)) {
      throw unreadable(fileName, "the file is called a workbook (.xlsx) but is not one");
    }
    return readCsv(content, fileName);
  }

  private SpreadsheetTable readCsv(byte[] content, String fileName) {
    SourceEncoding encoding;
    String text;
    if (startsWith(content, UTF8_BOM)) {
      encoding = SourceEncoding.UTF_8_WITH_BOM;
      text = decode(content, UTF8_BOM.length, StandardCharsets.UTF_8)
          .orElseThrow(() -> unreadable(fileName,
              "the file starts with a UTF-8 byte order mark but is not valid UTF-8"));
    } else if (content.length >= 2 && (content[0] & 0xFF) + (content[1] & 0xFF) == 0xFF + 0xFE
        && content[0] != content[1]) {
      throw unreadable(fileName, "UTF-16 text is not supported; save the file as CSV UTF-8");
    } else {
      Optional<String> utf8 = decode(content, 0, StandardCharsets.UTF_8);
      encoding = utf8.isPresent() ? SourceEncoding.UTF_8 : SourceEncoding.GB18030;
      text = utf8.or(() -> decode(content, 0, GB18030))
          .orElseThrow(() -> unreadable(fileName,
              "the file is neither UTF-8 nor GBK/GB18030 text; save it as CSV UTF-8"));
    }
    checkPlainText(text, fileName);

    List<CSVRecord> records = parseCsv(text, fileName);
    if (records.isEmpty()) {
      throw unreadable(fileName, "the file is empty");
    }

    List<String> cells = new ArrayList<>();
    records.get(0).forEach(cells::add);
    Map<Integer, String> columns = headerColumns(cells, fileName);
    List<SpreadsheetRow> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      Map<String, String> values = new LinkedHashMap<>();
      columns.forEach((index, name) -> {
        if (index < record.size()) {
          values.put(name, record.get(index));
        }
      });
      addUnlessBlank(rows, (int) record.getRecordNumber(), values);
    }
    return new SpreadsheetTable(SpreadsheetFormat.CSV, encoding, List.copyOf(columns.values()),
        rows);
  }

  private List<CSVRecord> parseCsv(String text, String fileName) {
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    List<CSVRecord> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        if (records.size() > MAX_ROWS) {
          throw tooManyRows(fileName);
        }
        records.add(record);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      LOG.debugf(e, "CSV file '%s' is malformed", fileName);
      throw unreadable(fileName, "the CSV is malformed after row " + (records.size() + 1)
          + " (a quote is probably not closed)");
    }
    return records;
  }

  private SpreadsheetTable readWorkbook(byte[] content, String fileName) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw unreadable(fileName, "the workbook has no sheet");
      }
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() - sheet.getFirstRowNum() > MAX_ROWS) {
        throw tooManyRows(fileName);
      }
      return readSheet(sheet, fileName);
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableSpreadsheetException unreadable) {
        throw unreadable;
      }
      LOG.debugf(e, "Workbook '%s' cannot be opened", fileName);
      throw unreadable(fileName,
          "the workbook cannot be opened; it may be damaged, encrypted or too large unpacked");
    }
  }

  private SpreadsheetTable readSheet(Sheet sheet, String fileName) {
    Row headerRow = null;
    for (Row row : sheet) {
      if (!cellTexts(row).values().stream().allMatch(String::isBlank)) {
        headerRow = row;
        break;
      }
    }
    if (headerRow == null) {
      throw unreadable(fileName, "the first sheet is empty");
    }

    Map<Integer, String> headerCells = cellTexts(headerRow);
    int width = headerCells.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    List<String> names = new ArrayList<>();
    for (int index = 0; index < width; index++) {
      names.add(headerCells.getOrDefault(index, ""));
    }
    Map<Integer, String> columns = headerColumns(names, fileName);
    List<SpreadsheetRow> rows = new ArrayList<>();
    for (int index = headerRow.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
      Row row = sheet.getRow(index);
      if (row == null) {
        continue;
      }
      Map<Integer, String> texts = cellTexts(row);
      Map<String, String> values = new LinkedHashMap<>();
      columns.forEach((column, name) -> values.put(name, texts.getOrDefault(column, "")));
      addUnlessBlank(rows, index + 1, values);
    }
    return new SpreadsheetTable(SpreadsheetFormat.XLSX, SourceEncoding.WORKBOOK,
        List.copyOf(columns.values()), rows);
  }

  private static Map<Integer, String> cellTexts(Row row) {
    Map<Integer, String> texts = new HashMap<>();
    for (Cell cell : row) {
      texts.put(cell.getColumnIndex(), cellText(cell));
    }
    return texts;
  }

  private static String cellText(Cell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA
        ? cell.getCachedFormulaResultType() : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getStringCellValue();
      case NUMERIC:
        return numericText(cell);
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      default:
        return "";
    }
  }

  private static String numericText(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }

    // Excel shows at most 15 significant digits; more would expose binary noise (0.1 + 0.2).
    BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).round(EXCEL_PRECISION);
    String format = cell.getCellStyle().getDataFormatString();
    if (format != null && format.contains("%")) {
      return plain(value.movePointRight(2)) + "%";
    }
    return plain(value);
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static Map<Integer, String> headerColumns(List<String> cells, String fileName) {
    Map<Integer, String> columns = new LinkedHashMap<>();
    for (int index = 0; index < cells.size(); index++) {
      String name = Normalizer.normalize(cells.get(index), Normalizer.Form.NFKC)
          .strip()
          .toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (columns.containsValue(name)) {
        throw unreadable(fileName, "column '" + name + "' appears more than once in the header");
      }
      columns.put(index, name);
    }
    if (columns.isEmpty()) {
      throw unreadable(fileName, "the header row is empty");
    }
    return columns;
  }

  private static void addUnlessBlank(List<SpreadsheetRow> rows, int lineNumber,
      Map<String, String> values) {
    boolean blank = values.values().stream().allMatch(String::isBlank);
    if (!blank) {
      rows.add(new SpreadsheetRow(lineNumber, values));
    }
  }

  private static Optional<String> decode(byte[] content, int offset, Charset charset) {
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, offset, content.length - offset))
          .toString();
      return Optional.of(text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static void checkPlainText(String text, String fileName) {
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
        throw unreadable(fileName, "the file contains binary data and is not CSV text");
      }
    }
  }

  private static boolean isWorkbookName(String fileName, String contentType) {
    boolean named = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    boolean typed = contentType != null && contentType.contains("spreadsheetml");
    return named || typed;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int index = 0; index < prefix.length; index++) {
      if (content[index] != prefix[index]) {
        return false;
      }
    }
    return true;
  }

  private static UnreadableSpreadsheetException tooManyRows(String fileName) {
    return unreadable(fileName, "the file has more than " + MAX_ROWS + " rows; split it");
  }

  private static UnreadableSpreadsheetException unreadable(String fileName, String problem) {
    String subject = fileName == null || fileName.isBlank() ? "Spreadsheet" : "'" + fileName + "'";
    return new UnreadableSpreadsheetException(subject + " cannot be imported: " + problem);
  }
}
