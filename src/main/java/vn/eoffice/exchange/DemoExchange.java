package vn.eoffice.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.Organization;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.organization.OrganizationDirectory;

/**
 * Demo: this installation's key store (generated on first start), a registered peer (the provincial Party committee,
 * at an address that does not answer, so retries show), and one document received from a sister agency hosted here
 * (a ward Party committee: an agency in force, since one merged or dissolved sends nothing).
 */
@Component
@Profile("demo")
@Order(20)
class DemoExchange implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoExchange.class);
    static final String PEER = "000.00.00.H17";
    static final String COMMISSION = "000.03.17.H17";
    /** Đảng ủy phường Điện Biên Phủ, a ward Party committee hosted in this installation. */
    static final String SISTER = "000.23.17.H17";

    private final Peers peers;
    private final AgencyKeys keys;
    private final Receiver receiver;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Routes routes;

    DemoExchange(Peers peers, AgencyKeys keys, Receiver receiver, OrganizationDirectory organization, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock, Routes routes) {
        this.peers = peers;
        this.routes = routes;
        this.keys = keys;
        this.receiver = receiver;
        this.organization = organization;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (peers.count() > 0 || organization.agencyByIdentifierCode(COMMISSION).isEmpty()
                || organization.agencyByIdentifierCode(SISTER).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            var peer = peers.save(new Peer(PEER, "Tỉnh ủy Điện Biên",
                    "https://eoffice.tinhuy.dienbien.demo/exchange/receive", keys.certificate(), true,
                    Instant.now(clock)));
            audit.record("EXCHANGE_PEER_CREATED", "EXCHANGE_PEER", peer.getId(), PEER + " (demo)");
            routes.forget();
        });
        LocalDate today = LocalDate.now(clock);
        var document = new EdxmlDocument(Organization.of(SISTER, "Đảng ủy phường Điện Biên Phủ"),
                List.of(Organization.of(COMMISSION, "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên")),
                SISTER + "," + today.toString().replace('-', '/') + ",12/CV/ĐU", "12", "CV/ĐU", "Điện Biên",
                today, 1, "CV", "Công văn", "V/v đề nghị cung cấp tài liệu tuyên truyền kỷ niệm ngày thành lập tỉnh "
                        + "cho các chi bộ trên địa bàn phường", null,
                new EdxmlDocument.SignerInfo("T/M", "Phó Bí thư Thường trực", "Lò Thị Hoa"), today.plusDays(10),
                List.of("Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên"),
                new EdxmlDocument.OtherInfo(1, null, null, 1, 1, List.of()), List.of(), null,
                List.of(new EdxmlDocument.TraceHeader(SISTER, Instant.now(clock))),
                new EdxmlDocument.Business(EdxmlDocument.Business.NEW, null, List.of()),
                List.of(new EdxmlDocument.Attachment("file0", "12-CV-DU.pdf", "application/pdf", "Văn bản chính",
                        pdf("12-CV/DU"))));
        var codec = new PackageCodec(10L * 1024 * 1024);
        var answer = receiver.receive(codec.write(document, keys.signingKey()));
        log.info("Demo exchange: peer {} registered, a document from {} received ({})", PEER, SISTER, answer.code());
    }

    static byte[] pdf(String title) throws IOException {
        try (var pdf = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            pdf.addPage(page);
            try (var content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 720);
                content.showText("Document " + title);
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
