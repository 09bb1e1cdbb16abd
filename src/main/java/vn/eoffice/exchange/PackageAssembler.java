package vn.eoffice.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.eoffice.documents.SentDocument;
import vn.eoffice.documents.DocumentFile;
import vn.eoffice.documents.ExchangedDocuments;
import vn.eoffice.documents.Notation;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.EdxmlDocument.Attachment;
import vn.eoffice.exchange.edxml.EdxmlDocument.Business;
import vn.eoffice.exchange.edxml.EdxmlDocument.OtherInfo;
import vn.eoffice.exchange.edxml.EdxmlDocument.ResponseFor;
import vn.eoffice.exchange.edxml.EdxmlDocument.SignerInfo;
import vn.eoffice.exchange.edxml.EdxmlDocument.TraceHeader;
import vn.eoffice.exchange.edxml.Organization;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.files.FileStorage;

/** Maps a released document to its edXML package (or to the recall of it) and signs it. */
@Component
class PackageAssembler {

    private static final DateTimeFormatter KEY_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static final int ADMINISTRATIVE = 1;
    static final int LEGAL = 2;
    /** SteeringType: the SDKs' default; its meaning differs between sources and our documents carry none. */
    private static final Integer STEERING_NONE = 0;
    /** Paper: 0, the electronic package is the original (QĐ 28/2018/QĐ-TTg); no paper copy follows it. */
    private static final Integer PAPER_NONE = 0;

    private final ExchangedDocuments documents;
    private final Contacts contacts;
    private final RegisterManagement registers;
    private final FileStorage files;
    private final OutboxEntries entries;
    private final InboxEntries inbox;
    private final AgencyKeys keys;
    private final PackageCodec codec;
    private final Clock clock;

    PackageAssembler(ExchangedDocuments documents, Contacts contacts, RegisterManagement registers,
            FileStorage files, OutboxEntries entries, InboxEntries inbox, AgencyKeys keys, ExchangeProperties properties,
            Clock clock) {
        this.documents = documents;
        this.contacts = contacts;
        this.registers = registers;
        this.files = files;
        this.entries = entries;
        this.inbox = inbox;
        this.keys = keys;
        this.codec = new PackageCodec(properties.maxPackageSize().toBytes());
        this.clock = clock;
    }

    /** DocumentId = {@code <OrganId>,<yyyy/MM/dd>,<number>/<notation>}. */
    static String documentKey(String organId, LocalDate issued, String notation) {
        var code = Notation.of(notation);
        return organId + "," + KEY_DATE.format(issued) + "," + code.codeNumber() + "/" + code.codeNotation();
    }

    byte[] assemble(OutboxEntry entry) {
        var kind = entry.getKind() == DeliveryKind.REPLACE ? DeliveryKind.REPLACE : DeliveryKind.DOCUMENT;
        var recipients = entries.findByDocumentIdAndKindOrderByIdAsc(entry.getDocumentId(), kind).stream()
                .map(e -> contacts.of(e.getRecipientOrganId(), e.getRecipientName())).distinct().toList();
        var business = switch (entry.getKind()) {
            case UPDATE -> new Business(Business.UPDATE, entry.getNote(), List.of());
            case REPLACE -> new Business(Business.REPLACE, entry.getNote(), List.of(entry.getReplacedKey()));
            default -> new Business(Business.NEW, null, List.of());
        };
        var answered = responseFor(entry);
        var document = map(documents.read(entry.getDocumentId()), entry.getSenderOrganId(), entry.getDocumentKey(),
                recipients, answered, business);
        if (entry.getKind() == DeliveryKind.RECALL) {
            document = document.asRecall(entry.getNote(), Instant.now(clock));
        }
        return codec.write(document, keys.signingKey());
    }

    /**
     * A reply to a document that came by exchange names it (ResponseFor) in the package to its sender, so the sender
     * can link the reply to the document it sent.
     */
    private List<ResponseFor> responseFor(OutboxEntry entry) {
        return documents.answeredIncoming(entry.getDocumentId())
                .flatMap(inbox::findFirstByDocumentIdOrderByIdAsc)
                .filter(original -> original.getSenderOrganId().equals(entry.getRecipientOrganId()))
                .map(original -> List.of(new ResponseFor(original.getSenderOrganId(), original.getNotation(),
                        original.getDocumentDate(), original.getDocumentKey())))
                .orElse(List.of());
    }

    /** SignerInfo/Competence: the signing authority and its line as signed ({@code K/T TRƯỞNG BAN}), if any. */
    private static String competence(SentDocument document) {
        var capacity = document.signingCapacity();
        return capacity == null ? null : capacity.text();
    }

    private EdxmlDocument map(SentDocument document, String senderOrganId, String documentKey,
            List<Organization> recipients, List<ResponseFor> responseFor, Business business) {
        var from = contacts.of(document.agencyId(), senderOrganId);
        var code = Notation.of(document.notation());
        var drafter = contacts.staff(document.createdBy());
        String typeName = registers.types().stream().filter(t -> t.code().equals(document.typeCode()))
                .map(t -> t.name()).findFirst().orElse(document.typeCode());
        List<Attachment> attachments = new ArrayList<>();
        List<String> appendixes = new ArrayList<>();
        for (DocumentFile file : document.files()) {
            var stored = files.find(file.fileId());
            try (InputStream in = files.open(file.fileId())) {
                attachments.add(new Attachment("file" + file.position(), file.name(), stored.mediaType(),
                        file.kind() == DocumentFile.Kind.MAIN ? "Văn bản chính" : "Phụ lục", in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (file.kind() == DocumentFile.Kind.ATTACHMENT) {
                appendixes.add(file.name());
            }
        }
        return new EdxmlDocument(from, recipients, documentKey, code.codeNumber(), code.codeNotation(),
                contacts.placeOf(document.agencyId()), document.documentDate(), documentType(code),
                document.typeCode(), typeName, document.summary(), document.note(),
                new SignerInfo(competence(document), document.signerPosition(), document.signerName()),
                document.deadline(),
                recipients.stream().map(Organization::organName).filter(n -> n != null).toList(),
                new OtherInfo(document.urgency().ordinal(), null,
                        drafter == null ? null : Contacts.initials(drafter.staff()), document.copies(),
                        document.pageCount(), appendixes),
                responseFor, STEERING_NONE, List.of(new TraceHeader(senderOrganId, Instant.now(clock))),
                new Business(business.docType(), business.docReason(), business.replacedDocumentIds(), PAPER_NONE,
                        drafter == null ? List.of() : List.of(drafter)),
                attachments);
    }

    /**
     * DocumentType/Type: 2 for a State legal document (văn bản quy phạm pháp luật, whose notation carries its year:
     * {@code 12/2025/QĐ-UBND}), 1 for every administrative and every Party document.
     */
    static int documentType(Notation notation) {
        return notation.rulebook() == Notation.Rulebook.STATE && notation.year() != null ? LEGAL : ADMINISTRATIVE;
    }
}
