package kosh.output;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which kosh produced a run: the version and the git commit the jar was built from.
 *
 * @param code for a build of uncommitted changes ("-dirty"), a digest of its compiled code, else null: two
 *             such builds share a commit but not their code, so records of unfinished work tell them apart by it
 */
public record BuildInfo(String version, String commit, String code) {

    /** Reads the properties Maven wrote at build time; "unknown" when built outside git. */
    public static BuildInfo current() {
        Properties v = load("/kosh/version.properties");
        Properties g = load("/kosh/git.properties");
        String commit = g.getProperty("git.commit.id", "unknown");
        boolean dirty = "true".equals(g.getProperty("git.dirty"));
        if (dirty) commit += "-dirty";
        return new BuildInfo(v.getProperty("version", "unknown"), commit, dirty ? Code.DIGEST : null);
    }

    /**
     * "kosh VERSION COMMIT" (and, for a build of uncommitted changes, the digest of its code): how a
     * record of unfinished work names the build it was made by, so that only the same build resumes it.
     */
    public String label() { return "kosh " + version + " " + commit + (code == null ? "" : " code " + code); }

    /** The digest of kosh's compiled code, worked out once, when first needed. */
    private static final class Code {
        static final String DIGEST = digest();

        /** SHA-256 of the jar, or of the class files under kosh/ in a classes folder (its first 12 hex digits). */
        private static String digest() {
            try {
                Path where = Path.of(BuildInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                if (Files.isRegularFile(where)) {
                    d.update(Files.readAllBytes(where));
                } else {
                    try (Stream<Path> s = Files.walk(where.resolve("kosh"))) {
                        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                            d.update(where.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                            d.update(Files.readAllBytes(p));
                        }
                    }
                }
                return HexFormat.of().formatHex(d.digest()).substring(0, 12);
            } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
                return "unknown"; // then every build of uncommitted changes looks alike, as before
            }
        }
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // Missing build metadata is not worth failing a run for; the fields read "unknown".
        }
        return p;
    }
}
