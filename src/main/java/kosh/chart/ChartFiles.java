package kosh.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;

/**
 * Writes a chart as PNG, SVG and PDF at one {@link ChartSize}, with the CSV of
 * the numbers it plots and its caption. Each file is written beside its target
 * under a temporary name and moved into place only when complete, so a reader
 * never sees half a file and a failure leaves the previous chart untouched.
 */
final class ChartFiles {

    /** The extensions of the files written for one chart, in the order written. */
    static final List<String> EXTENSIONS = List.of(".png", ".svg", ".pdf", ".data.csv", ".caption.txt");

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");
    private static final double METRES_PER_INCH = 0.0254;

    /**
     * Where the JVM's SansSerif usually comes from on Linux; embedded in PDFs so
     * the PDF shows the very glyphs the layout was measured with. Elsewhere the
     * PDF falls back to Helvetica, one of the fonts every PDF reader has.
     */
    private static final String[][] SANS_FILES = {
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf"},
    };

    private ChartFiles() {
    }

    /**
     * Writes {@code figure} into {@code dir} as {@code <name>.png}, {@code .svg},
     * {@code .pdf}, {@code .data.csv} and {@code .caption.txt}.
     *
     * @return the files written, in that order
     */
    static List<Path> write(Figure figure, Path dir, ChartSize size) throws IOException {
        List<Path> written = new ArrayList<>();
        double height = size.heightInches(figure.panels());
        Path png = dir.resolve(figure.name() + ".png");
        writePng(figure.chart(), png, size, height);
        written.add(png);
        Path svg = dir.resolve(figure.name() + ".svg");
        writeSvg(figure.chart(), svg, size, height);
        written.add(svg);
        Path pdf = dir.resolve(figure.name() + ".pdf");
        writePdf(figure.chart(), pdf, size, height, figure.caption().title());
        written.add(pdf);
        Path data = dir.resolve(figure.name() + ".data.csv");
        writeText(data, figure.data().toCsv());
        written.add(data);
        // Last: the caption says how events were labelled, settled at the first drawing.
        Path caption = dir.resolve(figure.name() + ".caption.txt");
        writeText(caption, figure.caption().text(figure.name()) + size.captionLine(figure.panels()) + "\n");
        written.add(caption);
        return written;
    }

    /**
     * Writes every figure, each as {@link #write} does; the figures are all built
     * beforehand, so bad input has written nothing by the time this is called.
     *
     * @return the files written, figure by figure
     */
    static List<Path> writeAll(List<Figure> figures, Path dir, ChartSize size) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Figure figure : figures) {
            written.addAll(write(figure, dir, size));
        }
        return List.copyOf(written);
    }

    /**
     * A PNG of the chart at its print size and {@link ChartSize#dpi()} pixels per
     * inch, the resolution recorded in the pHYs chunk so a layout program places
     * it at the right size.
     */
    static void writePng(JFreeChart chart, Path target, ChartSize size, double heightInches) throws IOException {
        double scale = size.dpi() / ChartSize.POINTS_PER_INCH;
        double heightPoints = heightInches * ChartSize.POINTS_PER_INCH;
        BufferedImage image = new BufferedImage(size.pngWidthPixels(), (int) Math.round(heightInches * size.dpi()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
                    RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // Scaling the graphics rather than the chart keeps every font and
            // stroke in proportion: the PNG is the PDF rasterised.
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, size.widthPoints(), heightPoints));
        } finally {
            g2.dispose();
        }
        write(target, out -> writePngWithDpi(image, size.dpi(), out));
    }

    private static void writePngWithDpi(BufferedImage image, int dpi, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        // In memory rather than ImageIO's default file cache; a middling deflate level, because the
        // default (the slowest) made 300 dpi charts take seconds each for a few per cent of size.
        try (ImageOutputStream stream = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.5f);
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(format);
            root.appendChild(physical);
            metadata.mergeTree(format, root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    /**
     * An SVG whose user unit is the point, sized in inches so it prints at its
     * size; text kept as text.
     */
    static void writeSvg(JFreeChart chart, Path target, ChartSize size, double heightInches) throws IOException {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVG_NS, "svg", null);
        SVGGraphics2D g2 = new SVGGraphics2D(document);
        double width = size.widthPoints();
        double height = heightInches * ChartSize.POINTS_PER_INCH;
        g2.setSVGCanvasSize(new java.awt.Dimension((int) Math.ceil(width), (int) Math.ceil(height)));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        Element root = g2.getRoot();
        root.setAttributeNS(null, "width", number(size.widthInches()) + "in");
        root.setAttributeNS(null, "height", number(heightInches) + "in");
        // The viewBox maps the points the chart was laid out in onto that size.
        root.setAttributeNS(null, "viewBox", "0 0 " + number(width) + " " + number(height));
        StringWriter text = new StringWriter();
        g2.stream(root, text, true, false);
        g2.dispose();
        // Batik adds the SVG 1.0 DOCTYPE; SVG no longer wants one, and an XML parser
        // may try to fetch the DTD from the web, so the file goes without it.
        String svg = DOCTYPE.matcher(text.toString()).replaceFirst("")
                .replaceFirst("^<\\?xml version=\"1.0\"\\?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(svg);
            writer.flush();
        });
    }

    /**
     * A one-page PDF of the chart's print size, drawn as vectors with text as
     * text. The same chart gives the same bytes: no dates, a document id
     * derived from the title.
     */
    static void writePdf(JFreeChart chart, Path target, ChartSize size, double heightInches, String title)
            throws IOException {
        float width = (float) size.widthPoints();
        float height = (float) (heightInches * ChartSize.POINTS_PER_INCH);
        try (PDDocument document = new PDDocument();
             PdfFonts fonts = new PdfFonts()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            registerSans(fonts);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, width, height);
            g2.setFontTextDrawer(fonts);
            try {
                chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                g2.dispose();
            }
            PDFormXObject form = g2.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator("kosh");
            document.setDocumentInformation(info);
            document.setDocumentId((long) title.hashCode());
            write(target, document::save);
        }
    }

    private static void registerSans(PdfFonts fonts) {
        for (String[] pair : SANS_FILES) {
            File plain = new File(pair[0]);
            File bold = new File(pair[1]);
            if (plain.isFile() && bold.isFile() && sansSerifIsDejaVu()) {
                // Keyed by the names Java gives the logical font the charts are drawn in.
                fonts.registerFont("SansSerif.plain", plain);
                fonts.registerFont("SansSerif.bold", bold);
                return;
            }
        }
    }

    /** Whether the JVM draws SansSerif with DejaVu Sans: the same advance for a test string. */
    private static boolean sansSerifIsDejaVu() {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        String probe = "Quota entrants 1,234,567 (Wg)";
        java.awt.Font sans = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
        java.awt.Font dejavu = new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 12);
        return "DejaVu Sans".equals(dejavu.getFamily(Locale.ROOT))
                && Math.abs(sans.getStringBounds(probe, frc).getWidth()
                        - dejavu.getStringBounds(probe, frc).getWidth()) < 1e-6;
    }

    /**
     * Text in the PDF: SansSerif as the embedded DejaVu Sans where registered,
     * otherwise the standard Helvetica (one object per font, not per string).
     */
    private static final class PdfFonts extends PdfBoxGraphics2DFontTextDrawer {

        private final java.util.Map<Standard14Fonts.FontName, PDFont> standard =
                new java.util.EnumMap<>(Standard14Fonts.FontName.class);

        @Override
        protected PDFont mapFont(java.awt.Font font, IFontTextDrawerEnv env)
                throws IOException, java.awt.FontFormatException {
            PDFont registered = super.mapFont(font, env);
            if (registered != null) {
                return registered;
            }
            Standard14Fonts.FontName name = PdfBoxGraphics2DFontTextDrawerDefaultFonts.mapDefaultFonts(font);
            if (name == null) {
                name = PdfBoxGraphics2DFontTextDrawerDefaultFonts.chooseMatchingHelvetica(font);
            }
            return standard.computeIfAbsent(name, PDType1Font::new);
        }
    }

    /** A text file in UTF-8, e.g. a chart's data or caption. */
    static void writeText(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_EVEN)
                        .stripTrailingZeros().toPlainString();
    }

    /** Something that fills an output stream. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        // Not Files.createTempFile: its owner-only permissions would carry over to the chart.
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems (network shares) cannot rename atomically; still replace whole.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
