package kosh.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the few scalars the charts need from a small YAML file kosh wrote
 * ({@code run.yaml}, {@code experiment.yaml}).
 *
 * <p>Scenario files go through the scenario package, the project's one door for
 * YAML that people write. This is the charts' only YAML reader: safe loading
 * (no Java types are built), files over 4 MB refused, and every scalar kept as
 * the text written, so a commit such as {@code 0123456} or a version such as
 * {@code 1.10} is never turned into a number.
 */
final class OutputYaml {

    private static final int MAX_BYTES = 4 << 20;

    private final Map<?, ?> root;

    private OutputYaml(Map<?, ?> root) {
        this.root = root;
    }

    /** Reads {@code file}; a file that is not a YAML mapping is an IOException naming it. */
    static OutputYaml read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file.getFileName() + ": larger than " + (MAX_BYTES >> 20) + " MB");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(MAX_BYTES);
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // none: every plain scalar stays a string
            }
        };
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, textOnly);
        Object doc;
        try {
            doc = yaml.load(text);
        } catch (YAMLException e) {
            throw new IOException(file.getFileName() + ": cannot read YAML: " + e.getMessage(), e);
        }
        if (doc == null) {
            return new OutputYaml(Map.of());
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new IOException(file.getFileName() + ": expected a mapping of keys at the top");
        }
        return new OutputYaml(map);
    }

    /** An empty document, for a folder without the file. */
    static OutputYaml empty() {
        return new OutputYaml(Map.of());
    }

    /**
     * The scalar at {@code path} (keys from the top, e.g. {@code "scenario", "name"}),
     * if it is there and not blank or null.
     */
    Optional<String> text(String... path) {
        Object node = root;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            node = map.get(key);
        }
        if (node instanceof Map || node instanceof Iterable || node == null) {
            return Optional.empty();
        }
        String value = node.toString().strip();
        return value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null")
                ? Optional.empty() : Optional.of(value);
    }
}
