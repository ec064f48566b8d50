package kosh.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kosh.model.BelongingWeights;
import kosh.model.Curve;
import kosh.model.Place;
import kosh.model.RegionType;
import kosh.policy.PolicyEvent;
import kosh.scenario.Scenario.EventChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strict loader, tested only through {@link ScenarioLoader#load(Path)}: every refusal must name
 * the file, the exact line, the key path, what was expected and a hint. What-ifs are written to a
 * temporary folder and extend the real baseline by its absolute path; their two header lines
 * (description, extends) come first, so a body starts on line 3.
 */
class ScenarioLoaderTest {
    /** Tests run from the repository root. */
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();

    @TempDir Path dir;

    // ------------------------------------------------------------------ helpers

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** A what-if over the baseline: lines 1-2 are the header, {@code body} starts on line 3. */
    private Path whatIf(String body) throws IOException {
        return write("what-if.yaml", "description: a test what-if\nextends: '" + BASELINE + "'\n" + body);
    }

    private static ScenarioException refused(Path file) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    }

    /**
     * Asserts that the message names the file and line (0: the file as a whole), the key path (null:
     * none), contains {@code problem} (what is wrong and what was expected) and a hint containing
     * {@code hint}.
     */
    private static void assertPointsAt(ScenarioException e, Path file, int line, String key, String problem, String hint) {
        String msg = e.getMessage();
        assertEquals(file.toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize(), msg);
        assertEquals(line, e.line(), msg);
        assertTrue(msg.startsWith(e.file() + (line > 0 ? ":" + line : "") + ": "), () -> "file and line first:\n" + msg);
        assertTrue(msg.contains(file.getFileName().toString()), msg);
        assertEquals(key, e.key(), msg);
        if (key != null) assertTrue(msg.contains("key '" + key + "': "), msg);
        assertTrue(msg.contains(problem), () -> "expected '" + problem + "' in:\n" + msg);
        int h = msg.indexOf("\n  hint: ");
        assertTrue(h > 0, () -> "no hint in:\n" + msg);
        assertTrue(msg.substring(h).contains(hint), () -> "expected hint '" + hint + "' in:\n" + msg);
    }

    private static List<String> ids(Scenario s) {
        List<String> out = new ArrayList<>();
        for (PolicyEvent e : s.events()) out.add(e.id());
        return out;
    }

    // ------------------------------------------------------------------ misspelt keys

    @Test
    void misspeltKeyIsRefusedWithSuggestion() throws IOException {
        Path f = whatIf("""
                parameters:
                  move:
                    bsae: -3
                """);
        assertPointsAt(refused(f), f, 5, "parameters.move.bsae", "unknown key 'bsae'", "did you mean 'base'?");
    }

    @Test
    void misspeltTopLevelKeyIsRefusedWithSuggestion() throws IOException {
        Path f = whatIf("""
                evnets: []
                """);
        assertPointsAt(refused(f), f, 3, "evnets", "unknown key 'evnets'", "did you mean 'events'?");
    }

    @Test
    void misspeltEventTypeIsRefusedWithSuggestion() throws IOException {
        Path f = whatIf("""
                events:
                  - id: stop-2020
                    type: suspenssion
                    date: 2020-05-01
                """);
        assertPointsAt(refused(f), f, 5, "events[0].type", "unknown event type 'suspenssion'", "did you mean 'suspension'?");
    }

    @Test
    void misspeltEventParameterIsRefusedWithSuggestion() throws IOException {
        Path f = whatIf("""
                events:
                  - id: quota-2020
                    type: quota_size
                    date: 2020-01-01
                    househods_per_year: 100
                """);
        assertPointsAt(refused(f), f, 7, "events[0].househods_per_year",
                "unknown key 'househods_per_year' for an event of type quota_size", "did you mean 'households_per_year'?");
    }

    @Test
    void misspeltRegionInPlacesIsRefusedWithSuggestion() throws IOException {
        Path f = whatIf("""
                places:
                  nroth:
                    attractiveness: 1.0
                """);
        assertPointsAt(refused(f), f, 4, "places.nroth", "unknown name 'nroth'", "did you mean 'north'?");
    }

    @Test
    void misspeltRegionInAnIncentiveIsRefusedWithSuggestion() throws IOException {
        Path f = whatIf("""
                events:
                  - id: north-2020
                    type: regional_incentive
                    date: 2020-01-01
                    region: nroth
                    bonus_usd_per_person: 100
                """);
        assertPointsAt(refused(f), f, 7, "events[0].region", "unknown region type 'nroth'", "did you mean 'north'?");
    }

    // ------------------------------------------------------------------ wrong types

    @Test
    void textWhereNumberExpectedIsRefused() throws IOException {
        Path f = whatIf("""
                parameters:
                  move:
                    base: high
                """);
        assertPointsAt(refused(f), f, 5, "parameters.move.base",
                "expected a number in log-odds from -50 to 50, found the text 'high'", "write the number without quotes");
    }

    @Test
    void numberWhereTrueOrFalseExpectedIsRefused() throws IOException {
        Path f = whatIf("""
                programme:
                  non_quota_entry: 1
                """);
        assertPointsAt(refused(f), f, 4, "programme.non_quota_entry", "expected true or false, found the int '1'",
                "write true or false");
    }

    @Test
    void listWhereMappingExpectedIsRefused() throws IOException {
        Path f = whatIf("""
                parameters:
                  move: [1, 2]
                """);
        assertPointsAt(refused(f), f, 4, "parameters.move", "expected a mapping with keys base, per_thousand_usd",
                "indent the keys");
        assertTrue(refused(f).getMessage().contains("found a list"));
    }

    // ------------------------------------------------------------------ out of range

    @Test
    void shareAboveOneIsRefused() throws IOException {
        Path f = whatIf("""
                programme:
                  quota_open_share: 1.5
                """);
        assertPointsAt(refused(f), f, 4, "programme.quota_open_share",
                "value 1.5 is out of range: expected a number in share from 0 to 1", "use at most 1");
    }

    @Test
    void negativeUsdIsRefused() throws IOException {
        Path f = whatIf("""
                programme:
                  lump_sum_head_usd: -100
                """);
        assertPointsAt(refused(f), f, 4, "programme.lump_sum_head_usd",
                "value -100 is out of range: expected a number in USD from 0 to 1000000", "use at least 0");
    }

    @Test
    void endYearBeforeTheProgrammeIsRefused() throws IOException {
        Path f = whatIf("""
                end_year: 1800
                """);
        assertPointsAt(refused(f), f, 3, "end_year",
                "value 1800 is out of range: expected a whole number in year from 1995 to 2100", "use at least 1995");
    }

    @Test
    void eventBefore1990IsRefused() throws IOException {
        Path f = whatIf("""
                events:
                  - id: early
                    type: suspension
                    date: 1985-06-01
                """);
        assertPointsAt(refused(f), f, 6, "events[0].date",
                "date 1985-06-01 is out of range: expected a date yyyy-mm-dd between 1990 and 2100",
                "move it inside the simulated years");
    }

    // ------------------------------------------------------------------ order and end year

    @Test
    void eventsOutOfDateOrderInOneFileAreRefused() throws IOException {
        Path f = whatIf("""
                events:
                  - id: press-2020
                    type: press_climate
                    date: 2020-01-01
                    hostility: 0.5
                  - id: press-2019
                    type: press_climate
                    date: 2019-01-01
                    hostility: 0.2
                """);
        assertPointsAt(refused(f), f, 10, "events[1].date", "dates out of order: 2019-01-01 comes after 2020-01-01",
                "list events in date order");
    }

    @Test
    void curveYearsOutOfOrderAreRefused() throws IOException {
        Path f = whatIf("""
                economy:
                  mongolia_wage_usd_per_month:
                    2000: 50
                    1995: 40
                """);
        assertPointsAt(refused(f), f, 6, "economy.mongolia_wage_usd_per_month.1995",
                "years out of order: 1995 comes after 2000", "increasing order");
    }

    @Test
    void eventAfterEndYearIsRefusedWithItsPlaceInItsOwnFile() throws IOException {
        Path f = whatIf("""
                events:
                  - id: press-2031
                    type: press_climate
                    date: 2031-01-01
                    hostility: 0.1
                """);
        // Index 0 of this file's list, not its place (27) in the list merged with the baseline's.
        assertPointsAt(refused(f), f, 6, "events[0].date", "event 'press-2031' on 2031-01-01 falls after end_year 2030",
                "move the event before 2031 or raise end_year");
    }

    // ------------------------------------------------------------------ remove_events

    @Test
    void removingAnEventTheParentLacksIsRefusedWithSuggestion() throws IOException {
        Path f = whatIf("""
                remove_events: [suspension-2021]
                """);
        assertPointsAt(refused(f), f, 3, "remove_events", "no event 'suspension-2021' in the scenario this one extends",
                "did you mean 'suspension-2012'?");
    }

    @Test
    void removeEventsWithoutExtendsIsRefused() throws IOException {
        Path f = write("no-parent.yaml", """
                description: removes without a parent
                remove_events: [suspension-2012]
                """);
        assertPointsAt(refused(f), f, 2, "remove_events", "remove_events only makes sense with extends",
                "add 'extends: baseline.yaml'");
    }

    @Test
    void sharesBrokenByAWhatIfAreRefusedAfterMerging() throws IOException {
        Path f = whatIf("""
                population:
                  place_shares:
                    khovd: 0.5
                """);
        // Alone the file is fine; merged with the baseline's other shares the sum is 1.35.
        assertPointsAt(refused(f), f, 5, "population.place_shares", "shares sum to 1.350, expected 1",
                "adjust the shares so they add up to 1");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path f = write("empty.yaml", "# nothing yet\n");
        assertPointsAt(refused(f), f, 1, null, "the file is empty", "start from scenarios/baseline.yaml");
    }

    // ------------------------------------------------------------------ missing and duplicate

    @Test
    void missingKeyInACompleteScenarioIsRefused() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(BASELINE));
        assertTrue(lines.remove("    per_herd_lost: 4.0"), "the baseline changed: pick another line to drop");
        // The error points at the mapping that lacks the key; a block mapping starts at its first key.
        int moveLine = lines.indexOf("  move:") + 1;
        Path f = write("complete.yaml", String.join("\n", lines) + "\n");
        assertPointsAt(refused(f), f, moveLine + 1, "parameters.move.per_herd_lost",
                "missing: expected a number in log-odds per share lost from -50 to 50", "add 'per_herd_lost:' here");
    }

    @Test
    void missingTopLevelSectionInACompleteScenarioIsRefused() throws IOException {
        Path f = write("bare.yaml", """
                description: a complete scenario with almost nothing in it
                end_year: 2030
                """);
        assertPointsAt(refused(f), f, 1, "population", "missing: expected a mapping with keys persons",
                "extend a scenario that sets it");
    }

    @Test
    void eventWithoutDateIsRefused() throws IOException {
        Path f = whatIf("""
                events:
                  - id: no-date
                    type: suspension
                """);
        assertPointsAt(refused(f), f, 4, "events[0].date", "missing: every event needs 'date'", "add 'date:' to the event");
    }

    @Test
    void duplicateEventIdsAreRefused() throws IOException {
        Path f = whatIf("""
                events:
                  - id: press-2020
                    type: press_climate
                    date: 2020-01-01
                    hostility: 0.5
                  - id: press-2020
                    type: press_climate
                    date: 2021-01-01
                    hostility: 0.2
                """);
        assertPointsAt(refused(f), f, 8, "events[1].id", "the id 'press-2020' is used twice", "press-2020-b");
    }

    // ------------------------------------------------------------------ extends

    @Test
    void extendingAMissingFileIsRefusedWithTheScenarioFilesListed() throws IOException {
        write("other-what-if.yaml", "description: another one\nextends: baseline.yaml\n");
        Path f = write("lost.yaml", """
                description: extends a file that is not there
                extends: basline.yaml
                """);
        assertPointsAt(refused(f), f, 2, "extends", "cannot find 'basline.yaml' next to this file",
                "scenarios in " + dir.getFileName() + "/: lost.yaml, other-what-if.yaml");
    }

    @Test
    void scenariosExtendingEachOtherAreRefused() throws IOException {
        Path a = write("a.yaml", "description: a\nextends: b.yaml\n");
        Path b = write("b.yaml", "description: b\nextends: a.yaml\n");
        assertPointsAt(refused(a), b, 2, "extends", "scenarios extend each other in a circle", "extend baseline.yaml");
        Path self = write("self.yaml", "description: self\nextends: self.yaml\n");
        assertPointsAt(refused(self), self, 2, "extends", "in a circle", "extend baseline.yaml");
    }

    // ------------------------------------------------------------------ unsafe YAML

    @Test
    void javaTypeTagIsRefused() throws IOException {
        Path f = whatIf("""
                population: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
                """);
        assertPointsAt(refused(f), f, 3, null, "not valid YAML: Global tag is not allowed", "remove the '!' tag");
    }

    @Test
    void localTagIsRefused() throws IOException {
        Path f = whatIf("""
                end_year: !foo 2030
                """);
        assertPointsAt(refused(f), f, 3, "end_year", "the tag '!foo' is not allowed", "remove the '!' tag");
    }

    @Test
    void aliasBombIsRefusedQuickly() throws IOException {
        Path f = whatIf("""
                a: &a [x, x, x, x, x, x, x, x, x]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
                h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
                i: [*h, *h, *h, *h, *h, *h, *h, *h, *h]
                """);
        ScenarioException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(f));
        // SnakeYAML gives no position for this one: the message names the file only.
        assertPointsAt(e, f, 0, null, "not valid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20",
                "check the file's structure");
    }

    @Test
    void anchorContainingItselfIsRefused() throws IOException {
        Path f = whatIf("""
                population: &loop [*loop]
                """);
        ScenarioException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(f));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.key().startsWith("population[0][0]"), e.getMessage());
        assertTrue(e.getMessage().contains("nested more than 30 levels deep"), e.getMessage());
        assertTrue(e.getMessage().contains("hint: scenario files are plain data"), e.getMessage());
    }

    @Test
    void fileOverAMillionBytesIsRefused() throws IOException {
        Path f = whatIf("# " + "x".repeat(1_000_000) + "\n");
        assertPointsAt(refused(f), f, 0, null, "bytes; scenario files are limited to 1000000 bytes", "split or trim it");
    }

    @Test
    void duplicateKeyIsRefused() throws IOException {
        Path f = whatIf("""
                parameters:
                  move:
                    base: -3
                    per_thousand_usd: 0.2
                    base: -2
                """);
        assertPointsAt(refused(f), f, 7, "parameters.move.base", "the key 'base' appears twice in this mapping (first on line 5)",
                "keep one of them");
    }

    @Test
    void invalidYamlSyntaxGivesTheLine() throws IOException {
        Path f = whatIf("""
                parameters:
                  move:
                    base: -3: 2
                """);
        assertPointsAt(refused(f), f, 5, null, "not valid YAML: mapping values are not allowed here", "check indentation");
    }

    @Test
    void fileNameNotInKebabCaseIsRefusedWithSuggestedName() throws IOException {
        Path f = write("My Scenario.yaml", Files.readString(BASELINE));
        assertPointsAt(refused(f), f, 0, null, "the file name 'My Scenario.yaml' must be lower-case letters, digits and dashes",
                "rename it, e.g. my-scenario.yaml");
    }

    // ------------------------------------------------------------------ checks of the merged scenario

    @Test
    void belongingWeightsAllZeroAreRefusedOnTheirKey() throws IOException {
        Path f = whatIf("""
                parameters:
                  belonging_weights: {ethnic: 0, linguistic: 0, soviet_past: 0, lifestyle: 0, acceptance: 0}
                """);
        assertPointsAt(refused(f), f, 4, "parameters.belonging_weights", "all five weights are 0",
                "make at least one weight above 0");
    }

    @Test
    void aModelCheckFailingWhileAssemblingIsAnErrorOnItsSection() throws Exception {
        Path f = write("section.yaml", "description: x\nparameters:\n  belonging_weights: {ethnic: 0}\n");
        YNode parameters = YamlFiles.read(f).map.get("parameters");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.part(parameters, "belonging_weights",
                "parameters.belonging_weights", () -> new BelongingWeights(0, 0, 0, 0, 0)));
        assertPointsAt(e, f, 3, "parameters.belonging_weights",
                "the model refuses these settings: at least one belonging weight must be > 0",
                "change the value under 'parameters.belonging_weights'");
    }

    @Test
    void placeSharesBrokenByAWhatIfPointAtTheShareItWrote() throws IOException {
        write("small.yaml", Files.readString(BASELINE));
        Path f = write("wi-places.yaml", """
                description: more Russian in Ulaanbaatar
                extends: small.yaml
                places:
                  ulaanbaatar: {russian_share: 0.5}
                """);
        assertPointsAt(refused(f), f, 4, "places.ulaanbaatar.russian_share", "russian_share + mongolian_share is 1.35",
                "lower one of them");
    }

    @Test
    void placeSharesBrokenInTheExtendedFilePointAtThatFile() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(BASELINE));
        int ub = lines.indexOf(lines.stream().filter(l -> l.startsWith("  ulaanbaatar:")).findFirst().orElseThrow());
        lines.set(ub, lines.get(ub).replace("russian_share: 0.08", "russian_share: 0.5"));
        Path small = write("small.yaml", String.join("\n", lines) + "\n");
        Path f = write("wi-urban.yaml", """
                description: a more urban Ulaanbaatar
                extends: small.yaml
                places:
                  ulaanbaatar: {urban_share: 0.95}
                """);
        assertPointsAt(refused(f), small, ub + 1, "places.ulaanbaatar.mongolian_share", "russian_share + mongolian_share is 1.35",
                "lower one of them");
    }

    @Test
    void endYearBeforeInheritedEventsIsRefusedOnEndYearWithTheirIds() throws Exception {
        List<String> late = new ArrayList<>();
        int last = 0;
        for (PolicyEvent e : ScenarioLoader.load(BASELINE).events())
            if (e.date().getYear() > 2000) {
                late.add(e.id());
                last = Math.max(last, e.date().getYear());
            }
        assertTrue(late.size() > 1 && late.contains("dzhut-2001"), late.toString());
        Path f = whatIf("""
                end_year: 2000
                """);
        ScenarioException e = refused(f);
        assertPointsAt(e, f, 3, "end_year", "end_year 2000 comes before " + late.size()
                + " events of the scenario this one extends: " + String.join(", ", late),
                "remove_events: [" + String.join(", ", late) + "]' or raise end_year to " + last);
        // The hint works as written.
        Path fixed = whatIf("end_year: 2000\nremove_events: [" + String.join(", ", late) + "]\n");
        assertEquals(2000, ScenarioLoader.load(fixed).endYear());
    }

    // ------------------------------------------------------------------ remove_events, encoding, booleans

    @Test
    void eventRemovedTwiceIsRefusedAsListedTwice() throws IOException {
        Path f = whatIf("""
                remove_events: [suspension-2012, suspension-2012]
                """);
        assertPointsAt(refused(f), f, 3, "remove_events", "the event 'suspension-2012' is listed twice", "delete one of the two");
        Path g = whatIf("""
                remove_events:
                  - suspension-2012
                  - suspension-2012
                """);
        assertPointsAt(refused(g), g, 5, "remove_events", "is listed twice (first on line 4)", "delete one of the two");
    }

    @Test
    void aDzhutDatedAfterFebruaryIsRefused() throws IOException {
        Path f = whatIf("""
                events:
                  - {id: dzhut-2005-autumn, type: dzhut, date: 2005-11-01, loss_share: 0.3}
                """);
        assertPointsAt(refused(f), f, 4, "events[0].date", "its losses come in February; 2005-11-01 is later", "date it 2005-02-01");
    }

    @Test
    void fileNotInUtf8IsRefusedWithItsLine() throws IOException {
        byte[] head = ("description: a test what-if\nextends: '" + BASELINE + "'\nend_year: 2030 # caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1
        bytes[head.length + 1] = '\n';
        Path f = Files.write(dir.resolve("latin.yaml"), bytes);
        assertPointsAt(refused(f), f, 3, null, "the file is not UTF-8: the byte 0xE9 on this line", "save the file as UTF-8");
    }

    @Test
    void controlCharacterIsRefusedWithItsLine() throws IOException {
        Path f = whatIf("population:\n  persons: 1\u00070\n");
        assertPointsAt(refused(f), f, 4, null, "not valid YAML: special characters are not allowed (the character U+0007",
                "delete it");
    }

    @Test
    void taggedTextThatIsNotABooleanIsRefused() throws IOException {
        Path f = whatIf("""
                programme:
                  dual_citizenship_allowed: !!bool maybe
                """);
        assertPointsAt(refused(f), f, 4, "programme.dual_citizenship_allowed",
                "expected true or false, found 'maybe', which is not a YAML boolean", "write true or false");
    }

    // ------------------------------------------------------------------ what loads

    @Test
    void baselineLoadsWithEndYearAndAllItsEvents() throws Exception {
        Scenario s = ScenarioLoader.load(BASELINE);
        List<String> inFile = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  - id: (\\S+)$").matcher(Files.readString(BASELINE));
        while (m.find()) inFile.add(m.group(1));

        assertEquals("baseline", s.name());
        assertNull(s.extendsFile());
        assertTrue(s.changes().isEmpty());
        assertEquals(1990, s.startYear());
        assertEquals(2030, s.endYear());
        assertEquals(27, inFile.size(), "the baseline's event count changed");
        assertEquals(inFile, ids(s));
        assertEquals(RegionType.values().length, s.places().size());
        Matcher base = Pattern.compile("(?m)^  move:\\n    base: (\\S+)$").matcher(Files.readString(BASELINE));
        assertTrue(base.find());
        assertEquals(Double.parseDouble(base.group(1)), s.parameters().move().base(), "the value written in the file");
        assertEquals(LocalDate.of(2012, 4, 23), s.events().get(ids(s).indexOf("suspension-2012")).date());
    }

    @Test
    void removedEventIsListedAsRemoved() throws Exception {
        Path f = whatIf("""
                remove_events: [suspension-2012]
                """);
        Scenario s = ScenarioLoader.load(f);
        assertEquals(List.of(new EventChange(EventChange.Kind.REMOVED, "suspension-2012", "removed")), s.changes());
        assertFalse(ids(s).contains("suspension-2012"));
        assertEquals(26, s.events().size());
        assertEquals(BASELINE.normalize(), s.extendsFile());
        // Without the suspension the quota stays open in mid-2012; in the baseline it is closed.
        LocalDate mid2012 = LocalDate.of(2012, 6, 1);
        assertEquals(1.0, s.timeline().termsAt(mid2012).quotaOpenShare());
        assertEquals(0.0, ScenarioLoader.load(BASELINE).timeline().termsAt(mid2012).quotaOpenShare());
    }

    @Test
    void addedEventIsAddedAndReplacedEventIsChanged() throws Exception {
        Path f = whatIf("""
                events:
                  - id: quota-2009
                    type: quota_size
                    date: 2009-01-01
                    households_per_year: 5000
                  - id: press-2025
                    type: press_climate
                    date: 2025-01-01
                    hostility: 0.9
                """);
        Scenario s = ScenarioLoader.load(f);
        assertEquals(2, s.changes().size(), s.changes().toString());
        EventChange changed = s.changes().get(0), added = s.changes().get(1);
        assertEquals(EventChange.Kind.CHANGED, changed.kind());
        assertEquals("quota-2009", changed.id());
        assertTrue(changed.summary().contains("households_per_year=5000"), changed.summary());
        assertEquals(EventChange.Kind.ADDED, added.kind());
        assertEquals("press-2025", added.id());
        assertEquals(28, s.events().size());
        assertEquals(5000, s.timeline().termsAt(LocalDate.of(2010, 1, 1)).quotaHouseholdsPerYear());
        assertEquals(0.9, s.timeline().termsAt(LocalDate.of(2026, 1, 1)).pressHostility());
    }

    @Test
    void overridingOneFieldOfAPlaceKeepsItsOtherFields() throws Exception {
        Path f = whatIf("""
                places:
                  north:
                    attractiveness: 1.0
                """);
        Scenario s = ScenarioLoader.load(f);
        assertEquals(1.0, s.attractiveness().get(RegionType.NORTH));
        Scenario baseline = ScenarioLoader.load(BASELINE);
        assertEquals(baseline.attractiveness().get(RegionType.SOUTH), s.attractiveness().get(RegionType.SOUTH));
        assertEquals(baseline.places(), s.places(), "name, language, wages and costs of every place unchanged");
        assertTrue(s.changes().isEmpty());
    }

    @Test
    void curveInAWhatIfReplacesTheWholeCurve() throws Exception {
        Path f = whatIf("""
                economy:
                  mongolia_wage_usd_per_month: {1990: 10, 2030: 20}
                """);
        Scenario s = ScenarioLoader.load(f);
        Curve wage = s.economy().mongoliaWageUsdPerMonth();
        assertEquals(Curve.of(Map.of(1990, 10.0, 2030, 20.0)), wage);
        assertEquals(15.0, wage.at(2010), 1e-12);
        // The other curves are still the baseline's.
        assertEquals(ScenarioLoader.load(BASELINE).economy().kazakhstanWageUsdPerMonth(), s.economy().kazakhstanWageUsdPerMonth());
    }
}
