package kosh.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DataPackageTest {

    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private void runFolder() throws IOException {
        write("timeseries.csv", "year,emigrants_persons,belonging_mean,settled_north_persons,mystery\n"
                + "1990,0,,0,a\n1991,1925,0.484883,324,b\n");
        write("events.csv", "date,id,type,description,parameters\n"
                + "1991-01-01,contracts-1991,contract_programme,\"Five-year contracts, move paid\","
                + "open=true yes/no; contract_years=5 years\n");
        write("belonging.csv", "year,group_type,group,households,persons,belonging_mean\n"
                + "1991,all,all,360,1925,0.48\n");
        write("flows.data.csv", "year,series,label,value,unit\n1991,returnees_persons,Returnees,12.5,persons/year\n");
        write("run.yaml", "seed: 1\n");
    }

    private static JsonNode field(JsonNode resource, String name) {
        for (JsonNode f : resource.get("schema").get("fields")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + resource.get("path"));
    }

    private static JsonNode resource(JsonNode pkg, String path) {
        for (JsonNode r : pkg.get("resources")) {
            if (r.get("path").asText().equals(path)) {
                return r;
            }
        }
        throw new AssertionError("no resource " + path);
    }

    @Test
    void describesEveryCsvWithTypesUnitsAndDescriptionsAndParsesAsJson() throws Exception {
        runFolder();

        Path file = DataPackage.write(dir, "Baseline seed 1", "kosh run: baseline, seed 1");

        assertEquals(dir.resolve("datapackage.json"), file);
        JsonNode pkg = new ObjectMapper().readTree(file.toFile());
        assertEquals("tabular-data-package", pkg.get("profile").asText());
        assertEquals("baseline-seed-1", pkg.get("name").asText());
        assertEquals("kosh run: baseline, seed 1", pkg.get("title").asText());
        List<String> paths = new ArrayList<>();
        pkg.get("resources").forEach(r -> paths.add(r.get("path").asText()));
        assertEquals(List.of("belonging.csv", "events.csv", "flows.data.csv", "timeseries.csv"), paths,
                "every CSV, in name order, nothing else");

        JsonNode ts = resource(pkg, "timeseries.csv");
        assertEquals("timeseries", ts.get("name").asText());
        assertEquals("csv", ts.get("format").asText());
        assertEquals("integer", field(ts, "year").get("type").asText());
        assertEquals("calendar year", field(ts, "year").get("unit").asText());
        assertEquals("persons/year", field(ts, "emigrants_persons").get("unit").asText());
        assertEquals("number", field(ts, "belonging_mean").get("type").asText(), "an empty cell is missing");
        assertEquals("score [0,1]", field(ts, "belonging_mean").get("unit").asText());
        assertTrue(field(ts, "settled_north_persons").get("description").asText().contains("north"));
        assertEquals("persons/year", field(ts, "settled_north_persons").get("unit").asText());
        JsonNode mystery = field(ts, "mystery");
        assertEquals("string", mystery.get("type").asText());
        assertFalse(mystery.has("unit"), "an unknown column gets no unit");
        assertFalse(mystery.has("description"));

        JsonNode events = resource(pkg, "events.csv");
        assertEquals("date", field(events, "date").get("type").asText());
        assertEquals("string", field(events, "parameters").get("type").asText());
        assertFalse(field(events, "id").has("unit"), "a name has no unit");
        assertEquals("households", field(resource(pkg, "belonging.csv"), "households").get("unit").asText(),
                "belonging.csv's own meaning of households");
        assertEquals("number", field(resource(pkg, "flows.data.csv"), "value").get("type").asText());
        assertEquals("flows.data", resource(pkg, "flows.data.csv").get("name").asText());
    }

    @Test
    void namesWithQuotesBackslashesAndControlCharactersAreEscaped() throws Exception {
        write("odd.csv", "\"say \"\"hi\"\"\",\"back\\slash\",\"tab\tand\u0001\"\n1,2,3\n");

        Path file = DataPackage.write(dir, "odd", "Title with \"quotes\" and \\ and\nnewline");

        JsonNode pkg = new ObjectMapper().readTree(file.toFile());
        assertEquals("Title with \"quotes\" and \\ and\nnewline", pkg.get("title").asText());
        JsonNode fields = pkg.get("resources").get(0).get("schema").get("fields");
        assertEquals("say \"hi\"", fields.get(0).get("name").asText());
        assertEquals("back\\slash", fields.get(1).get("name").asText());
        assertEquals("tab\tand\u0001", fields.get(2).get("name").asText());
    }

    @Test
    void sameFolderGivesTheSameBytes() throws Exception {
        runFolder();
        byte[] first = Files.readAllBytes(DataPackage.write(dir, "p", "t"));
        byte[] second = Files.readAllBytes(DataPackage.write(dir, "p", "t"));
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
    }

    @Test
    void everyColumnOfOutputReadmeIsKnown() throws Exception {
        String[] documented = {
            "year", "emigrants_households", "emigrants_persons", "emigrants_quota_persons",
            "emigrants_nonquota_persons", "emigrants_contract_persons", "returnees_households",
            "returnees_persons", "naturalisations_persons", "restored_mn_citizenship_persons",
            "phantom_registrations_persons", "kazakhs_in_mongolia", "preparing_persons",
            "repatriates_in_kazakhstan", "citizens_kz", "returned_persons", "stateless", "dual_citizens",
            "quota_places_households", "quota_used_households", "benefits_paid_usd",
            "dzhut_livestock_loss_share", "livestock_sheep_units", "belonging_mean", "belonging_sd",
            "births", "deaths", "new_households", "settled_big_cities_persons", "settled_west_persons",
            "month", "preparing_households", "in_kazakhstan_persons", "group_type", "group", "households",
            "persons", "ethnic_mean", "linguistic_mean", "soviet_past_mean", "lifestyle_mean",
            "acceptance_mean", "from", "to", "date", "id", "type", "description", "parameters",
            "metric", "n", "mean", "sd", "median", "p5", "p25", "p75", "p95",
        };
        for (String column : documented) {
            assertTrue(Columns.of(column).isPresent(), column + " is described");
        }
        assertEquals("persons/year", Columns.of("transitions.csv", "persons").get().unit());
        assertEquals("persons", Columns.of("timeseries.csv", "kazakhs_in_mongolia").get().unit());
    }

    @Test
    void seedsAreTextMonthlyFlowsPerMonthAndEmptyStatisticsNumbers() throws Exception {
        write("replicates.csv", "replicate,seed\n0,1227844342346046657\n");
        write("monthly.csv", "year,month,emigrants_persons\n1991,1,12\n");
        write("summary.csv", "metric,year,n,mean,sd\nemigrants_persons,1991,1,12,\n");
        DataPackage.write(dir, "p", "t");
        JsonNode pkg = new ObjectMapper().readTree(dir.resolve("datapackage.json").toFile());
        // As a number, R and spreadsheets round a 19-digit seed, and kosh run --seed then runs another replicate.
        assertEquals("string", field(resource(pkg, "replicates.csv"), "seed").get("type").asText());
        assertEquals("persons/month", field(resource(pkg, "monthly.csv"), "emigrants_persons").get("unit").asText());
        assertEquals("number", field(resource(pkg, "summary.csv"), "sd").get("type").asText());
    }

    @Test
    void unreadableCsvIsNamed() throws Exception {
        write("bad.csv", "a,a\n1,2\n");
        IOException e = assertThrows(IOException.class, () -> DataPackage.write(dir, "p", "t"));
        assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
    }
}
