package kosh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./kosh} launcher: the JVM options it passes are ones this JVM knows (a misspelt option
 * would stop every run started through it; a machine without huge pages only warns), and it says
 * what to do when the jar is missing.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("kosh");

    @Test
    void theJvmAcceptsTheScriptsOptions() throws Exception {
        List<String> options = new ArrayList<>();
        Matcher m = Pattern.compile("-XX:[+-]\\w+").matcher(Files.readString(SCRIPT));
        while (m.find()) options.add(m.group());
        assertFalse(options.isEmpty(), "no -XX options found in " + SCRIPT);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "java " + options + " failed:\n" + output);
    }

    @Test
    void withoutTheJarItSaysHowToBuildIt() throws Exception {
        Path dir = Files.createTempDirectory("kosh-launcher");
        Path copy = Files.copy(SCRIPT, dir.resolve("kosh"));
        Process p = new ProcessBuilder("sh", copy.toString(), "--version").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(2, p.waitFor(), output);
        assertTrue(output.contains("mvn -q package -DskipTests"), output);
    }
}
