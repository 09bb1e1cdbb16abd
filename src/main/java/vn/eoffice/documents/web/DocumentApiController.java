package vn.eoffice.documents.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.documents.Box;
import vn.eoffice.documents.DirectiveForm;
import vn.eoffice.documents.Directives;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.DocumentFile;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.DocumentQueries;
import vn.eoffice.documents.DocumentRow;
import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.Participant;
import vn.eoffice.documents.Urgency;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.platform.SigningAuthority;

@ApiController("/api/v1/documents")
@Tag(name = "Documents")
class DocumentApiController {

    private final DocumentManagement documents;
    private final DocumentQueries queries;
    private final Uploads uploads;
    private final Directives directives;

    DocumentApiController(DocumentManagement documents, DocumentQueries queries, Uploads uploads,
            Directives directives) {
        this.directives = directives;
        this.documents = documents;
        this.queries = queries;
        this.uploads = uploads;
    }

    record Registered(Long id, long arrivalNumber, LocalDate arrivalDate) {
    }

    /**
     * {@code signingAuthority} and {@code signingFor}: thẩm quyền ký ({@code KT}, {@code TRƯỞNG BAN}), null on an
     * outgoing document whose signer's position will decide it; {@code signingCapacity} as printed
     * ({@code K/T TRƯỞNG BAN}).
     */
    record DocumentView(Long id, String direction, DocumentStatus status, Long registerId, Long registerNumber,
            LocalDate arrivalDate, Instant receivedAt, String notation, LocalDate documentDate, String typeCode,
            String summary, String issuerName, String signerName, String signerPosition,
            SigningAuthority signingAuthority, String signingFor, String signingCapacity, Urgency urgency,
            Secrecy secrecy, Integer pageCount, LocalDate deadline, List<DocumentFile> files,
            List<Participant> participants) {

        static DocumentView of(Document d) {
            var capacity = d.getSigningCapacity();
            return new DocumentView(d.getId(), d.getDirection().name(), d.getStatus(), d.getRegisterId(),
                    d.getRegisterNumber(), d.getArrivalDate(), d.getReceivedAt(), d.getNotation(),
                    d.getDocumentDate(), d.getTypeCode(), d.getSummary(), d.getIssuerName(), d.getSignerName(),
                    d.getSignerPosition(), capacity == null ? null : capacity.authority(),
                    capacity == null ? null : capacity.line(), capacity == null ? null : capacity.text(),
                    d.getUrgency(), d.getSecrecy(), d.getPageCount(), d.getDeadline(), d.getFiles(),
                    List.copyOf(d.getParticipants()));
        }
    }

    /** {@code totalIsLowerBound}: the box holds at least {@code totalElements} documents (counting stopped there). */
    record RowPage(List<DocumentRow> content, int page, int size, long totalElements, boolean totalIsLowerBound) {
    }

    record Submission(@NotNull(message = "{document.submit.leaderRequired}") Long leaderId) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/incoming", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('CLERK')")
    @Operation(summary = "Register an incoming document (multipart: a 'metadata' JSON part and 'files' parts)")
    ResponseEntity<Registered> register(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestPart("metadata") IncomingDetails metadata,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        var document = documents.registerIncoming(user, metadata, () -> uploads.store(user, files));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.getId()))
                .body(new Registered(document.getId(), document.getRegisterNumber(), document.getArrivalDate()));
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    @Operation(summary = "A document the caller may see (404 otherwise)")
    public DocumentView get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return DocumentView.of(documents.visible(user, id));
    }

    @GetMapping
    @Operation(summary = "Incoming documents in a box, urgent first (metadata only)")
    RowPage list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "ALL") Box box,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var rows = queries.incoming(user, box, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
        return new RowPage(rows.getContent(), rows.getNumber(), rows.getSize(), rows.getTotalElements(),
                DocumentQueries.totalIsLowerBound(rows));
    }

    record DirectiveResult(Long documentId, Long taskId, LocalDate deadline) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/directive")
    @PreAuthorize("hasRole('LEADER')")
    @Operation(summary = "The leader's directive (bút phê): lead unit or person, co-processors, deadline, opinion; "
            + "it becomes the document's top task")
    ResponseEntity<DirectiveResult> direct(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody DirectiveForm directive) {
        var task = directives.direct(user, id, directive);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id()))
                .body(new DirectiveResult(id, task.id(), task.deadline()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('CLERK')")
    @Operation(summary = "Submit an incoming document to a leader for a directive")
    @Transactional
    public DocumentView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody Submission submission) {
        documents.submit(user, id, submission.leaderId());
        return get(user, id);
    }
}
