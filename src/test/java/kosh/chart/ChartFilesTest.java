package kosh.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartFilesTest {

    @TempDir
    Path dir;

    @Test
    void theSameChartGivesTheSameBytesInEveryFormat() throws Exception {
        RunFixture.write(dir, 1990, 1997, new String[][] {{"1992-06-01", "quota-1992", "quota"}});
        Path again = Files.createDirectories(dir.resolve("again"));
        for (String f : new String[] {"timeseries.csv", "belonging.csv", "events.csv", "run.yaml"}) {
            Files.copy(dir.resolve(f), again.resolve(f));
        }
        RunCharts.drawAll(dir);
        RunCharts.drawAll(again);
        for (String extension : ChartFiles.EXTENSIONS) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("quota" + extension)),
                    Files.readAllBytes(again.resolve("quota" + extension)), "quota" + extension);
        }
    }

    @Test
    void dataCellsAreWrittenLikeRunCsv() {
        ChartData data = new ChartData("a", "b", "c", "d");
        data.add(1990, 1234.0, 0.1234567891, Double.NaN);
        data.add("x, \"y\"", null, 1e-7, 2.5f);
        assertEquals("a,b,c,d\n1990,1234,0.123457,\n\"x, \"\"y\"\"\",,0,2.5\n", data.toCsv());
    }

    /** The resolution a PNG records in its pHYs chunk, in dots per inch. */
    static double pngDpi(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            NodeList phys = root.getElementsByTagName("pHYs");
            assertNotNull(phys.item(0), png + " has a pHYs chunk");
            Element node = (Element) phys.item(0);
            assertEquals("meter", node.getAttribute("unitSpecifier"));
            assertEquals(node.getAttribute("pixelsPerUnitXAxis"), node.getAttribute("pixelsPerUnitYAxis"));
            reader.dispose();
            return Double.parseDouble(node.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
        }
    }
}
