package kosh.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Which kosh produced a run: the version and the git commit the jar was built from. */
public record BuildInfo(String version, String commit) {

    /** Reads the properties Maven wrote at build time; "unknown" when built outside git. */
    public static BuildInfo current() {
        Properties v = load("/kosh/version.properties");
        Properties g = load("/kosh/git.properties");
        String commit = g.getProperty("git.commit.id", "unknown");
        if ("true".equals(g.getProperty("git.dirty"))) commit += "-dirty";
        return new BuildInfo(v.getProperty("version", "unknown"), commit);
    }

    /** "kosh VERSION COMMIT": how a record of unfinished work names the build it was made by. */
    public String label() { return "kosh " + version + " " + commit; }

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
