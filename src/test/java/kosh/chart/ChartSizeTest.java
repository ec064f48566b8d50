package kosh.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size presets: their names on the command line, and the height given to stacked panels. */
class ChartSizeTest {

    @TempDir
    Path dir;

    @Test
    void everySizeHasAShortNameAndABadNameListsThem() {
        assertEquals(List.of("single", "double", "screen"), ChartSize.optionNames());
        for (ChartSize s : ChartSize.values()) {
            assertEquals(s, ChartSize.ofOptionName(s.optionName().toUpperCase(java.util.Locale.ROOT)));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartSize.ofOptionName("a4"));
        assertEquals("'a4' is not a chart size; choose one of single, double, screen", e.getMessage());
    }

    @Test
    void aSingleColumnGrowsWithItsPanelsTheWiderSizesDoNot() {
        ChartSize single = ChartSize.SINGLE_COLUMN;
        assertEquals(single.heightInches(), single.heightInches(1), 1e-9);
        assertTrue(single.heightInches(2) > single.heightInches(1));
        assertTrue(single.heightInches(3) > single.heightInches(2));
        for (ChartSize wide : List.of(ChartSize.DOUBLE_COLUMN, ChartSize.SCREEN)) {
            assertEquals(wide.heightInches(), wide.heightInches(3), 1e-9, wide.name());
        }
        assertThrows(IllegalArgumentException.class, () -> single.heightInches(0));
    }

    @Test
    void stackedPanelsAtOneColumnAreDrawnTallerAndTheCaptionSaysSo() throws Exception {
        RunFixture.write(dir, 1990, 1997, RunFixture.FULL_EVENTS);
        RunCharts.drawAll(dir, ChartSize.SINGLE_COLUMN);
        java.awt.image.BufferedImage flows = javax.imageio.ImageIO.read(dir.resolve("flows.png").toFile());
        java.awt.image.BufferedImage belonging = javax.imageio.ImageIO.read(dir.resolve("belonging.png").toFile());
        assertEquals(ChartSize.SINGLE_COLUMN.pngWidthPixels(), belonging.getWidth());
        assertEquals(ChartSize.SINGLE_COLUMN.pngHeightPixels(), flows.getHeight());
        assertEquals(ChartSize.SINGLE_COLUMN.pngHeightPixels(2), belonging.getHeight());
        String svg = Files.readString(dir.resolve("belonging.svg"));
        assertTrue(svg.contains("height=\"4in\""), svg.substring(0, 400));
        assertTrue(Files.readString(dir.resolve("belonging.caption.txt"))
                .endsWith("Drawn at --chart-size single: 3.5 × 4 in (89 × 102 mm); the PNG is 1050 × 1200 px at 300 dpi.\n"));
    }
}
