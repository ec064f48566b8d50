package kosh.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a YAML file safely into a {@link YNode} tree: SnakeYAML composes nodes only (no objects
 * are constructed, so no type in the file can run code), with bounded size, nesting and aliases,
 * no duplicate keys, and only YAML's standard tags.
 */
final class YamlFiles {
    static final int MAX_BYTES = 1_000_000;
    /** Deeper than SnakeYAML's own nesting limit can only come from an anchor that contains itself. */
    private static final int MAX_DEPTH = 30;
    private static final Set<Tag> STANDARD = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP);

    private YamlFiles() {}

    static YNode read(Path file) throws ScenarioException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, null, "cannot read the file (" + e.getClass().getSimpleName() + ")",
                    "check the path; scenario files live in scenarios/");
        }
        if (size > MAX_BYTES)
            throw new ScenarioException(file, 0, null, "the file is " + size + " bytes; scenario files are limited to "
                    + MAX_BYTES + " bytes", "a scenario is a short list of settings and events; split or trim it");
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(false);
        opts.setMaxAliasesForCollections(20);
        opts.setNestingDepthLimit(MAX_DEPTH);
        opts.setCodePointLimit(MAX_BYTES);
        opts.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(opts));
        String text = utf8(file);
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (ReaderException e) {
            String problem = firstLine(e.getMessage());
            throw new ScenarioException(file, lineAt(text, e.getPosition()), null, "not valid YAML: " + problem
                    + String.format(Locale.ROOT, " (the character U+%04X on this line)", e.getCodePoint()),
                    "delete it; such characters are often invisible, so retype the line if you cannot see it");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = firstLine(e.getProblem());
            throw new ScenarioException(file, line, null, "not valid YAML: " + problem,
                    problem.contains("tag") ? "scenario files are plain data: remove the '!' tag"
                            : "check indentation (spaces, not tabs) and that every key is followed by ': '");
        } catch (YAMLException e) {
            throw new ScenarioException(file, 0, null, "not valid YAML: " + firstLine(e.getMessage()),
                    "check the file's structure and size");
        }
        if (root == null)
            throw new ScenarioException(file, 1, null, "the file is empty", "start from scenarios/baseline.yaml or a what-if");
        return convert(file, root, 0, "");
    }

    /** The file's text; bytes that are not UTF-8 are refused with their line, as SnakeYAML gives none. */
    private static String utf8(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, null, "cannot read the file (" + e.getClass().getSimpleName() + ")", null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int at = in.position(), line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            throw new ScenarioException(file, line, null, "the file is not UTF-8: the byte "
                    + String.format(Locale.ROOT, "0x%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF)
                    + " on this line is not a UTF-8 character (the file was probably saved as Latin-1 or Windows-1252)",
                    "save the file as UTF-8 (in most editors: Save As, encoding UTF-8) and check the accented letters");
        }
        return out.flip().toString();
    }

    /** Line (from 1) of the code point at {@code codePoint} in {@code text}. */
    private static int lineAt(String text, int codePoint) {
        int end = text.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, text.codePointCount(0, text.length()))));
        int line = 1;
        for (int i = 0; i < end; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown problem";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static YNode convert(Path file, Node n, int depth, String path) throws ScenarioException {
        int line = n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
        if (depth > MAX_DEPTH)
            throw new ScenarioException(file, line, path.isEmpty() ? null : path, "nested more than " + MAX_DEPTH
                    + " levels deep (an anchor that refers to itself?)", "scenario files are plain data: remove the '&' anchors and '*' aliases");
        if (!STANDARD.contains(n.getTag()))
            throw new ScenarioException(file, line, path.isEmpty() ? null : path, "the tag '" + n.getTag().getValue() + "' is not allowed",
                    "scenario files are plain data: remove the '!' tag");
        if (n instanceof ScalarNode s) {
            String tag = s.getTag().getValue().replace("tag:yaml.org,2002:", "");
            return YNode.scalar(file, line, s.getValue(), tag);
        }
        if (n instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                int i = items.size();
                items.add(convert(file, item, depth + 1, path + "[" + i + "]").at(i));
            }
            return YNode.seq(file, line, items);
        }
        MappingNode m = (MappingNode) n;
        Map<String, YNode> map = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            int keyLine = k.getStartMark().getLine() + 1;
            if (!(k instanceof ScalarNode ks))
                throw new ScenarioException(file, keyLine, null, "a key must be a plain word", "write 'key: value'");
            String keyPath = path.isEmpty() ? ks.getValue() : path + "." + ks.getValue();
            // SnakeYAML checks duplicate keys only when constructing objects, which this reader never does.
            if (map.containsKey(ks.getValue()))
                throw new ScenarioException(file, keyLine, keyPath, "the key '" + ks.getValue() + "' appears twice in this mapping (first on line "
                        + lines.get(ks.getValue()) + ")", "keep one of them: a later one would silently win");
            map.put(ks.getValue(), convert(file, t.getValueNode(), depth + 1, keyPath));
            lines.put(ks.getValue(), keyLine);
        }
        return YNode.map(file, line, map, lines);
    }
}
