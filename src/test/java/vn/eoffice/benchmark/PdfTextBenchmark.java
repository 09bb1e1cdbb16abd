package vn.eoffice.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.eoffice.files.inspect.FileType;
import vn.eoffice.files.text.TextExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text extraction of the documents benchmark's 100 KB PDF, PDFTextStripper (as extraction used it before) against
 * {@link TextExtractor}, in one run and interleaved so that other work on the machine weighs on both alike. Prints
 * CPU and wall milliseconds per document (run with {@code bench/pdftext.sh}); asserts only that text came out.
 */
class PdfTextBenchmark {

    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 200);
    private static final int ROUNDS = 5;

    @TempDir
    Path directory;

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void measure() throws Exception {
        byte[] pdf = TextPdf.of(100 * 1024);
        Path file = Files.write(directory.resolve("bao-cao.pdf"), pdf);
        Map<String, Extraction> extractions = new LinkedHashMap<>();
        extractions.put("load only (Loader.loadPDF)", () -> load(file, null));
        extractions.put("PDFTextStripper (before)", () -> load(file, stripper(true)));
        extractions.put("PDFTextStripper, no beads", () -> load(file, stripper(false)));
        extractions.put("TextExtractor (ContentStreamText)", () -> extractor.extract(FileType.PDF, file).orElseThrow());
        System.out.printf("%n=== PDF text extraction, %d KB PDF (%s, %,d characters of text), %d iterations each ===%n",
                pdf.length / 1024, System.getProperty("bench.pdf", "report"),
                extractor.extract(FileType.PDF, file).orElseThrow().length(), ITERATIONS);
        for (var extraction : extractions.entrySet()) {
            if (!extraction.getKey().startsWith("load")) {
                assertThat(extraction.getValue().run()).as(extraction.getKey()).contains(TextPdf.marker());
            }
        }

        var threads = ManagementFactory.getThreadMXBean();
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (int round = 0; round <= ROUNDS; round++) {
            for (var extraction : extractions.entrySet()) {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                for (int i = 0; i < ITERATIONS / ROUNDS; i++) {
                    extraction.getValue().run();
                }
                // round 0 warms up
                if (round > 0) {
                    long[] total = totals.computeIfAbsent(extraction.getKey(), key -> new long[2]);
                    total[0] += threads.getCurrentThreadCpuTime() - cpu;
                    total[1] += System.nanoTime() - wall;
                }
            }
        }
        int runs = ROUNDS * (ITERATIONS / ROUNDS);
        for (var total : totals.entrySet()) {
            System.out.printf("pdf %-36s %8.2f ms CPU/doc %8.2f ms wall/doc%n", total.getKey() + ":",
                    total.getValue()[0] / 1e6 / runs, total.getValue()[1] / 1e6 / runs);
        }
    }

    private interface Extraction {
        String run() throws IOException;
    }

    private interface Reading {
        String read(PDDocument document) throws IOException;
    }

    private static String load(Path file, Reading reading) throws IOException {
        try (var document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            return reading == null ? "" : reading.read(document);
        }
    }

    private static Reading stripper(boolean beads) {
        return document -> {
            var stripper = new PDFTextStripper();
            stripper.setEndPage(200);
            stripper.setSuppressDuplicateOverlappingText(false);
            stripper.setShouldSeparateByBeads(beads);
            return stripper.getText(document);
        };
    }
}
