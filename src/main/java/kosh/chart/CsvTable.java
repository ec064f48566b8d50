package kosh.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a run, read whole: a header row, then rows of strings.
 *
 * <p>Every error names the file (and the column or row) so that a user who sees
 * a failed chart knows which table to look at.
 */
final class CsvTable {

    private final String fileName;
    private final List<String> header;
    private final List<Map<String, String>> rows;

    private CsvTable(String fileName, List<String> header, List<Map<String, String>> rows) {
        this.fileName = fileName;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Reads {@code file}; the first row is the header. */
    static CsvTable read(Path file) throws IOException {
        String name = file.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = new ArrayList<>();
            for (String column : parser.getHeaderNames()) {
                // A spreadsheet may have saved the file with a byte-order mark.
                header.add(column.replace("\uFEFF", "").trim());
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return new CsvTable(name, header, rows);
        } catch (NoSuchFileException e) {
            throw new IOException(name + " not found in " + file.toAbsolutePath().getParent(), e);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            // commons-csv reports malformed input (duplicate header, bad quote) this way.
            throw new IOException(name + ": cannot parse CSV: " + e.getMessage(), e);
        }
    }

    String fileName() {
        return fileName;
    }

    int size() {
        return rows.size();
    }

    boolean has(String column) {
        return header.contains(column);
    }

    List<String> header() {
        return header;
    }

    /** Fails unless every column is in the header. */
    void require(String... columns) throws IOException {
        for (String column : columns) {
            if (!header.contains(column)) {
                throw new IOException(fileName + ": missing column '" + column
                        + "' (columns present: " + String.join(", ", header) + ")");
            }
        }
    }

    /** The values of a text column, row by row. */
    List<String> strings(String column) throws IOException {
        require(column);
        List<String> values = new ArrayList<>(rows.size());
        for (Map<String, String> row : rows) {
            values.add(row.getOrDefault(column, ""));
        }
        return values;
    }

    /**
     * The values of a numeric column, row by row; an empty cell or {@code NA} is
     * {@code NaN} so a series can leave a gap instead of inventing a zero.
     */
    double[] doubles(String column) throws IOException {
        require(column);
        double[] values = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String text = rows.get(i).getOrDefault(column, "").trim();
            if (text.isEmpty() || text.equalsIgnoreCase("NA") || text.equalsIgnoreCase("NaN")) {
                values[i] = Double.NaN;
                continue;
            }
            try {
                values[i] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                // Data row i is line i + 2 of the file: the header is line 1.
                throw new IOException(fileName + ": line " + (i + 2) + ", column '" + column
                        + "': not a number: '" + text + "'", e);
            }
        }
        return values;
    }

    /** The rows whose {@code column} equals {@code value}, as a table of their own. */
    CsvTable where(String column, String value) throws IOException {
        require(column);
        List<Map<String, String>> kept = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if (value.equals(row.getOrDefault(column, "").trim())) {
                kept.add(row);
            }
        }
        return new CsvTable(fileName, header, kept);
    }
}
