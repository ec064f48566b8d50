package kosh.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML node with where it came from (file and line), so that every error can point at it. Only
 * three shapes exist: a mapping with text keys, a sequence and a scalar.
 */
final class YNode {
    enum Shape { MAP, SEQ, SCALAR }

    final Path file;
    final int line;
    final Shape shape;
    /** For scalars: the text; {@code tag} says what YAML resolved it to. */
    final String text;
    final String tag;
    final Map<String, YNode> map;
    final Map<String, Integer> keyLines;
    /** For a mapping merged from several files: the file each key was written in (absent: {@code file}). */
    final Map<String, Path> keyFiles;
    final List<YNode> seq;
    /** Position in the list that holds this node in its own file, or -1 outside lists. */
    final int index;

    private YNode(Path file, int line, Shape shape, String text, String tag, Map<String, YNode> map,
                  Map<String, Integer> keyLines, Map<String, Path> keyFiles, List<YNode> seq, int index) {
        this.file = file;
        this.line = line;
        this.shape = shape;
        this.text = text;
        this.tag = tag;
        this.map = map;
        this.keyLines = keyLines;
        this.keyFiles = keyFiles;
        this.seq = seq;
        this.index = index;
    }

    /** This node as item {@code i} of a list in its file. */
    YNode at(int i) { return new YNode(file, line, shape, text, tag, map, keyLines, keyFiles, seq, i); }

    static YNode scalar(Path file, int line, String text, String tag) {
        return new YNode(file, line, Shape.SCALAR, text, tag, null, null, null, null, -1);
    }

    static YNode map(Path file, int line, Map<String, YNode> map, Map<String, Integer> keyLines) {
        return map(file, line, map, keyLines, Map.of());
    }

    static YNode map(Path file, int line, Map<String, YNode> map, Map<String, Integer> keyLines, Map<String, Path> keyFiles) {
        return new YNode(file, line, Shape.MAP, null, "map", Collections.unmodifiableMap(new LinkedHashMap<>(map)),
                Collections.unmodifiableMap(new LinkedHashMap<>(keyLines)), Collections.unmodifiableMap(new LinkedHashMap<>(keyFiles)),
                null, -1);
    }

    static YNode seq(Path file, int line, List<YNode> seq) {
        return new YNode(file, line, Shape.SEQ, null, "seq", null, null, null, List.copyOf(seq), -1);
    }

    /** Line of a key in this mapping (the mapping's own line if absent). */
    int lineOf(String key) { return keyLines != null && keyLines.containsKey(key) ? keyLines.get(key) : line; }

    /** File a key of this mapping was written in: {@link #lineOf} is a line of this file. */
    Path fileOf(String key) { return keyFiles != null && keyFiles.containsKey(key) ? keyFiles.get(key) : file; }

    String describe() {
        return switch (shape) {
            case MAP -> "a mapping (key: value lines)";
            case SEQ -> "a list";
            case SCALAR -> "null".equals(tag) ? "nothing (an empty value)" : "the " + ("str".equals(tag) ? "text" : tag) + " '" + text + "'";
        };
    }
}
