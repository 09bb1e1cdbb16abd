package vn.eoffice.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.OfficeDate;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;

/** Registers documents through the documents module and waits (briefly) for the index to catch up. */
class SearchFixtures {

    static final Duration WITHIN = Duration.ofSeconds(2);

    private final DocumentManagement documents;
    private final RegisterManagement registers;
    private final FileStorage files;
    private final UserDetailsService accounts;
    private final DocumentSearch search;

    SearchFixtures(DocumentManagement documents, RegisterManagement registers, FileStorage files,
            UserDetailsService accounts, DocumentSearch search) {
        this.documents = documents;
        this.registers = registers;
        this.files = files;
        this.accounts = accounts;
        this.search = search;
    }

    static String marker() {
        return "mk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    Document register(String summary, String type, Urgency urgency, Secrecy secrecy, LocalDate date,
            List<AttachedFile> attachments) {
        var clerk = as("vanthu");
        Long register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id();
        var details = new IncomingDetails(register, "S-" + UUID.randomUUID().toString().substring(0, 8), date, type,
                summary, null, "Tỉnh ủy Điện Biên", null, null, null, urgency, secrecy, 1, 1, null, null);
        return documents.registerIncoming(clerk, details, attachments);
    }

    Document register(String summary) {
        return register(summary, "CV", Urgency.NORMAL, Secrecy.NONE, OfficeDate.today().minusDays(1), List.of());
    }

    AttachedFile pdf(String text) throws IOException {
        var stored = files.store("phu-luc.pdf", new ByteArrayInputStream(pdfBytes(text)), as("vanthu").id());
        return new AttachedFile(stored.id(), "phu-luc.pdf");
    }

    /** A one-page PDF whose text layer holds {@code text} (ASCII: the standard fonts cannot encode Vietnamese). */
    static byte[] pdfBytes(String text) throws IOException {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Searches until the condition holds or the time is up; returns the last results either way. */
    SearchResults await(String username, SearchQuery query, Duration within, Predicate<SearchResults> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        var results = search.search(as(username), query);
        while (!condition.test(results) && Instant.now().isBefore(deadline)) {
            Thread.sleep(25);
            results = search.search(as(username), query);
        }
        return results;
    }

    SearchResults awaitHit(String username, SearchQuery query, Long documentId) throws InterruptedException {
        return await(username, query, WITHIN, r -> contains(r, documentId));
    }

    static boolean contains(SearchResults results, Long documentId) {
        return results.hits().stream().anyMatch(h -> h.documentId().equals(documentId));
    }
}
