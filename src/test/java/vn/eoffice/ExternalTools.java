package vn.eoffice;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Independent tools from Debian that check what eOffice hands out: python3-icalendar, poppler-utils (pdftotext,
 * pdfinfo, pdftoppm) and LibreOffice (soffice). Outside CI a test needing a missing tool is skipped; in CI
 * ({@code CI=true}) the missing tool fails it, so the check can never silently stop running.
 */
public final class ExternalTools {

    public static final String PYTHON = "/usr/bin/python3";
    public static final String PDFTOTEXT = "/usr/bin/pdftotext";
    public static final String PDFINFO = "/usr/bin/pdfinfo";
    public static final String SOFFICE = "/usr/bin/soffice";

    private ExternalTools() {
    }

    /** Skips (outside CI) or fails (in CI) unless every {@code tool} is installed. */
    public static void require(String... tools) {
        for (String tool : tools) {
            boolean installed = Files.isExecutable(Path.of(tool));
            if ("true".equals(System.getenv("CI"))) {
                if (!installed) {
                    fail(tool + " is not installed: CI must install it (.ci/run)");
                }
            } else {
                assumeTrue(installed, tool + " not installed: independent check skipped outside CI");
            }
        }
    }

    /** Python's icalendar must be importable too (the Debian package python3-icalendar). */
    public static void requireIcalendar() {
        require(PYTHON);
        var probe = run(Path.of("."), 30, PYTHON, "-c", "import icalendar, dateutil");
        if ("true".equals(System.getenv("CI"))) {
            if (probe.exitCode() != 0) {
                fail("python3-icalendar is not installed: CI must install it (.ci/run): " + probe.output());
            }
        } else {
            assumeTrue(probe.exitCode() == 0, "python3-icalendar not installed: check skipped outside CI");
        }
    }

    /** What a finished command printed (stdout and stderr together) and its exit code. */
    public record Result(int exitCode, String output) {
    }

    public static Result run(Path directory, int timeoutSeconds, String... command) {
        try {
            var log = Files.createTempFile("eoffice-tool", ".log");
            try {
                var process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** pdftotext of the whole file, in reading order ({@code -layout} keeps table rows on one line). */
    public static String pdfText(Path pdf, boolean layout) {
        var command = new ArrayList<>(List.of(PDFTOTEXT, "-enc", "UTF-8"));
        if (layout) {
            command.add("-layout");
        }
        command.addAll(List.of(pdf.toString(), "-"));
        var result = run(pdf.getParent(), 60, command.toArray(String[]::new));
        if (result.exitCode() != 0) {
            fail("pdftotext refused " + pdf + ": " + result.output());
        }
        return result.output();
    }

    /** The page count and size pdfinfo reads ({@code "Pages"}, {@code "Page size"}). */
    public static String pdfInfo(Path pdf, String field) {
        var result = run(pdf.getParent(), 60, PDFINFO, pdf.toString());
        if (result.exitCode() != 0) {
            fail("pdfinfo refused " + pdf + ": " + result.output());
        }
        return result.output().lines().filter(line -> line.startsWith(field + ":"))
                .map(line -> line.substring(field.length() + 1).strip()).findFirst().orElse("");
    }

    /**
     * Converts every file to PDF with one LibreOffice run (each conversion starts the whole office: batch them),
     * with a profile of its own so that it never meets another running LibreOffice. Returns the PDFs in order.
     */
    public static List<Path> toPdf(Path directory, List<Path> files) {
        String profile = "-env:UserInstallation=file://" + directory.resolve("lo-profile");
        var command = new ArrayList<>(List.of(SOFFICE, profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory.toString()));
        files.forEach(file -> command.add(file.toString()));
        var result = run(directory, 240, command.toArray(String[]::new));
        var pdfs = new ArrayList<Path>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path pdf = directory.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            if (result.exitCode() != 0 || !Files.exists(pdf)) {
                fail("LibreOffice did not convert " + name + ": " + result.output());
            }
            pdfs.add(pdf);
        }
        return pdfs;
    }
}
