package kosh.scenario;

import java.nio.file.Path;

/**
 * A scenario file that cannot be used, with where and why: the file, the line, the key, what was
 * expected and the likely fix. Its message is meant for the user as it is.
 */
public final class ScenarioException extends Exception {
    private final Path file;
    private final int line;
    private final String key;

    public ScenarioException(Path file, int line, String key, String problem, String hint) {
        super(format(file, line, key, problem, hint));
        this.file = file;
        this.line = line;
        this.key = key;
    }

    public Path file() { return file; }
    public int line() { return line; }
    public String key() { return key; }

    private static String format(Path file, int line, String key, String problem, String hint) {
        StringBuilder s = new StringBuilder();
        s.append(file == null ? "<scenario>" : file.toString());
        if (line > 0) s.append(':').append(line);
        s.append(": ");
        if (key != null && !key.isEmpty()) s.append("key '").append(key).append("': ");
        s.append(problem);
        if (hint != null && !hint.isEmpty()) s.append("\n  hint: ").append(hint);
        return s.toString();
    }
}
