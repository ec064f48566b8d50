package kosh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import kosh.chart.ChartSize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Options of every command that writes a folder (a picocli mixin): where to, whether with charts and for
 * which page size, and whether to report progress.
 */
final class OutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-charts", description = "Write the tables only, without charts.")
    boolean noCharts;

    // Names rather than the enum's constants: "double" cannot be a Java constant, and SINGLE_COLUMN is long to type.
    @Option(names = "--chart-size", paramLabel = "SIZE", defaultValue = "double", converter = SizeName.class,
            completionCandidates = SizeNames.class,
            description = "Page the charts are drawn for: ${COMPLETION-CANDIDATES} (one journal column, 3.5 in wide; "
                    + "a full page width, 7.2 in; a screen or slide, 8 in, larger text). Default: ${DEFAULT-VALUE}.")
    ChartSize chartSize;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or summary.")
    boolean quiet;

    /** Whether to draw charts. */
    boolean charts() {
        return !noCharts;
    }

    /** A bar of {@code unit} done, on a terminal only and unless quiet. */
    Progress progress(CommandSpec spec, String task, long total, String unit) {
        return new Progress(barStream(spec), task, total, unit);
    }

    /** Where a progress bar goes: the error stream on a terminal unless quiet, else nowhere (null). */
    PrintWriter barStream(CommandSpec spec) {
        boolean terminal = System.console() != null; // a bar in a log file is only noise
        return quiet || !terminal ? null : spec.commandLine().getErr();
    }

    /** Reads {@code --chart-size}; a wrong name is refused with the valid ones (picocli adds the option's name). */
    static final class SizeName implements ITypeConverter<ChartSize> {
        @Override public ChartSize convert(String value) {
            try {
                return ChartSize.ofOptionName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The valid names, for the help text and shell completion. */
    static final class SizeNames implements Iterable<String> {
        @Override public Iterator<String> iterator() {
            return ChartSize.optionNames().iterator();
        }
    }
}
