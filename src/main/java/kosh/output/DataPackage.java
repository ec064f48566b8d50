package kosh.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * Describes the CSV files of an output folder as a Frictionless Tabular Data
 * Package ({@code datapackage.json}), so R ({@code frictionless::read_package})
 * and Python ({@code frictionless}, or pandas with the types given) load them
 * with the right types, units and meanings.
 *
 * <p>Every {@code *.csv} directly in the folder becomes a resource: its path,
 * format {@code csv}, and a schema with one field per column: name, type
 * ({@code integer}, {@code number}, {@code date} or {@code string}, inferred
 * from the values; an empty cell is a missing value) and, for the columns
 * {@link Columns} knows, description and unit. The file is the same for the
 * same folder: no dates, files in name order.
 */
public final class DataPackage {

    /** The file written. */
    public static final String FILE_NAME = "datapackage.json";

    private static final JsonFactory JSON = new JsonFactory();

    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?\\d+");
    private static final Pattern NUMBER_TEXT = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|NaN|[+-]?INF");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DataPackage() {
    }

    /**
     * Writes {@code datapackage.json} into {@code folder} describing every CSV file there.
     *
     * @param name  the package's name; made lower case with other characters than
     *              {@code a-z 0-9 . _ -} turned into {@code -}, e.g. {@code baseline-seed-1}
     * @param title a human title, e.g. "kosh run: baseline, seed 1"
     * @return the file written
     * @throws IOException if a CSV file cannot be read (the message names it) or
     *                     the package cannot be written
     */
    public static Path write(Path folder, String name, String title) throws IOException {
        List<Path> csvFiles = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.csv")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    csvFiles.add(file);
                }
            }
        }
        csvFiles.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField("profile", "tabular-data-package");
            json.writeStringField("name", slug(name));
            json.writeStringField("title", title);
            json.writeArrayFieldStart("resources");
            for (Path file : csvFiles) {
                resource(json, file);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        bytes.write('\n');
        Path target = folder.resolve(FILE_NAME);
        AtomicFiles.write(target, bytes.toByteArray());
        return target;
    }

    private static void resource(JsonGenerator json, Path file) throws IOException {
        String fileName = file.getFileName().toString();
        List<String> header;
        List<String> types = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            header = new ArrayList<>();
            for (String column : parser.getHeaderNames()) {
                header.add(column.replace("\uFEFF", "").strip());
            }
            List<Type> inferred = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                inferred.add(Type.NONE);
            }
            for (CSVRecord record : parser) {
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    inferred.set(i, inferred.get(i).and(record.get(i).strip()));
                }
            }
            for (Type t : inferred) {
                types.add(t.frictionless());
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(fileName + ": cannot parse CSV: " + e.getMessage(), e);
        }

        String resourceName = slug(fileName.substring(0, fileName.length() - ".csv".length()));
        json.writeStartObject();
        json.writeStringField("name", resourceName);
        json.writeStringField("path", fileName);
        json.writeStringField("profile", "tabular-data-resource");
        json.writeStringField("format", "csv");
        json.writeStringField("mediatype", "text/csv");
        json.writeStringField("encoding", "utf-8");
        json.writeObjectFieldStart("schema");
        json.writeArrayFieldStart("fields");
        for (int i = 0; i < header.size(); i++) {
            json.writeStartObject();
            json.writeStringField("name", header.get(i));
            Optional<Columns.Column> known = Columns.of(fileName, header.get(i));
            json.writeStringField("type", known.isPresent() && !known.get().type().isEmpty() ? known.get().type() : types.get(i));
            if (known.isPresent()) {
                json.writeStringField("description", known.get().description());
                if (!known.get().unit().isEmpty()) {
                    json.writeStringField("unit", known.get().unit());
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("missingValues");
        json.writeString("");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * Two-space indents, {@code "key": value}, one array item a line, {@code []} when empty and
     * "\n" line ends on every platform: the layout earlier kosh versions wrote, so old and new
     * output folders diff cleanly. A new one per file, as it counts nesting.
     */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** A name Frictionless accepts: lower case, {@code a-z 0-9 . _ -}. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "data" : s;
    }

    /** The narrowest type that holds every value seen so far. */
    private enum Type {
        NONE, INTEGER, NUMBER, DATE, STRING;

        Type and(String value) {
            if (value.isEmpty() || this == STRING) {
                return this;
            }
            Type own = of(value);
            if (this == NONE || this == own) {
                return own;
            }
            if ((this == INTEGER && own == NUMBER) || (this == NUMBER && own == INTEGER)) {
                return NUMBER;
            }
            return STRING;
        }

        static Type of(String value) {
            if (INTEGER_TEXT.matcher(value).matches()) {
                return INTEGER;
            }
            if (NUMBER_TEXT.matcher(value).matches()) {
                return NUMBER;
            }
            if (DATE_TEXT.matcher(value).matches()) {
                try {
                    LocalDate.parse(value);
                    return DATE;
                } catch (DateTimeParseException e) {
                    return STRING;
                }
            }
            return STRING;
        }

        String frictionless() {
            return this == NONE ? "string" : name().toLowerCase(Locale.ROOT);
        }
    }
}
