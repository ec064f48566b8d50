package kosh.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes plain scenario data as YAML (block style, keys in order), e.g. the resolved scenario in run.yaml. */
public final class ScenarioYaml {
    private ScenarioYaml() {}

    public static String dump(Map<String, Object> data) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setWidth(120);
        o.setSplitLines(false);
        return new Yaml(o).dump(data);
    }

    /** Hex SHA-256 of a text: identifies a resolved scenario's content. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
