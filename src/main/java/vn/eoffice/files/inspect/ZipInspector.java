package vn.eoffice.files.inspect;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import vn.eoffice.platform.DomainException;

/**
 * Looks inside ZIP-based files (plain archives, DOCX/XLSX, ODT/ODS) without trusting their headers: counts entries,
 * inflates every entry to measure what it really expands to, refuses unsafe paths, encrypted entries and archives
 * nested deeper than {@link #MAX_DEPTH}, and checks that a plain archive holds only allowed types.
 */
final class ZipInspector {

    static final int MAX_DEPTH = 2;

    private final int maxEntries;
    private final long maxExpanded;

    ZipInspector(int maxEntries, long maxExpanded) {
        this.maxEntries = maxEntries;
        this.maxExpanded = maxExpanded;
    }

    FileType inspect(Path file) throws IOException {
        var budget = new ZipBudget(maxEntries, maxExpanded);
        List<String> central = centralDirectory(file, budget);
        ZipListing listing;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            listing = scan(in, 1, budget);
        }
        // Readers such as Word use the central directory, we stream local headers: both must tell the same story.
        if (!sorted(central).equals(sorted(listing.names))) {
            throw new DomainException("files.zip.corrupt");
        }
        FileType type = listing.type();
        if (type == null) {
            throw listing.refusedEntry == null ? new DomainException(listing.refusalKey)
                    : new DomainException(listing.refusalKey, listing.refusedEntry);
        }
        return type;
    }

    private static List<String> centralDirectory(Path file, ZipBudget budget) {
        try (var zip = new ZipFile(file.toFile())) {
            budget.checkEntryCount(zip.size());
            var names = new ArrayList<String>(zip.size());
            zip.stream().forEach(entry -> names.add(checkedName(entry.getName())));
            return names;
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(e);
        }
    }

    private ZipListing scan(InputStream in, int depth, ZipBudget budget) throws IOException {
        var listing = new ZipListing();
        var zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry entry;
        while ((entry = next(zip)) != null) {
            budget.countEntry();
            String name = checkedName(entry.getName());
            try (InputStream content = budget.meter(zip)) {
                if (listing.names.isEmpty() && name.equals("mimetype")) {
                    listing.mimetype = new String(content.readNBytes(100), StandardCharsets.US_ASCII).strip();
                } else if (!entry.isDirectory()) {
                    inspectEntry(name, new BufferedInputStream(content), depth, budget, listing);
                }
                content.transferTo(OutputStreamSink.INSTANCE);
            }
            listing.names.add(name);
        }
        return listing;
    }

    private void inspectEntry(String name, BufferedInputStream content, int depth, ZipBudget budget,
            ZipListing listing) throws IOException {
        content.mark(Magic.LENGTH);
        Magic magic = Magic.of(content.readNBytes(Magic.LENGTH));
        content.reset();
        if (magic == Magic.ZIP) {
            if (depth >= MAX_DEPTH) {
                // Only refused if this turns out to be a plain archive: office files embed documents.
                listing.refuse(name, "files.zip.tooDeep");
                return;
            }
            ZipListing nested = scan(content, depth + 1, budget);
            FileType type = nested.type();
            if (type == null) {
                listing.refuse(nested.refusedEntry == null ? name : nested.refusedEntry, nested.refusalKey);
            } else if (!type.namedBy(FileNames.extension(name))) {
                listing.refuse(name, "files.zip.entryNotAllowed");
            }
        } else {
            FileType type = magic.simpleType(FileNames.extension(name));
            if (type == null || !type.namedBy(FileNames.extension(name))) {
                listing.refuse(name, "files.zip.entryNotAllowed");
            }
        }
        content.transferTo(OutputStreamSink.INSTANCE);
    }

    private static ZipEntry next(ZipInputStream zip) {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException | IOException e) {
            throw unreadable(e);
        }
    }

    /** The JDK refuses encrypted entries itself and names them only in the message. */
    private static DomainException unreadable(Exception e) {
        boolean encrypted = e instanceof ZipException && String.valueOf(e.getMessage()).contains("encrypted");
        return new DomainException(encrypted ? "files.zip.encrypted" : "files.zip.corrupt");
    }

    /** Refuses names that would escape an extraction directory (zip-slip) or are absolute. */
    static String checkedName(String name) {
        String normalized = name.replace('\\', '/');
        boolean absolute = normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*");
        boolean escapes = List.of(normalized.split("/")).contains("..");
        if (absolute || escapes || name.indexOf('\0') >= 0) {
            throw new DomainException("files.zip.unsafePath", name);
        }
        return name;
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }
}
