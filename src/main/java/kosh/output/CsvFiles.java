package kosh.output;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kosh.engine.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes tables as tidy CSV: a header row, comma-separated, RFC 4180 quoting, '\n' line ends, and
 * numbers in one fixed format (whole numbers without a decimal point, others with at most six
 * decimals), so equal runs give byte-identical files on any machine.
 */
public final class CsvFiles {
    private CsvFiles() {}

    public static void write(Table table, Path file) throws IOException {
        AtomicFiles.write(file, format(table).getBytes(StandardCharsets.UTF_8));
    }

    public static String format(Table table) throws IOException {
        StringWriter out = new StringWriter();
        CSVFormat fmt = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
                .setHeader(table.columns().toArray(new String[0])).get();
        try (CSVPrinter p = new CSVPrinter(out, fmt)) {
            for (Object[] row : table.rows()) {
                Object[] cells = new Object[row.length];
                for (int i = 0; i < row.length; i++) cells[i] = cell(row[i]);
                p.printRecord(cells);
            }
        }
        return out.toString();
    }

    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return "";
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
            return BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
