package vn.eoffice.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.MaterialView;
import vn.eoffice.meetings.MeetingManagement;
import vn.eoffice.meetings.MeetingProceedings;
import vn.eoffice.meetings.UnitReportView;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.DomainException;

/**
 * What the meeting page records beside scheduling, through the API with the page's rules: materials, minutes, the
 * units' reports before a briefing, single occurrences of a series cancelled or moved.
 */
@ApiController("/api/v1/meetings")
@Tag(name = "Meetings")
class MeetingRecordsApiController {

    private final MeetingManagement management;
    private final MeetingProceedings proceedings;

    MeetingRecordsApiController(MeetingManagement management, MeetingProceedings proceedings) {
        this.management = management;
        this.proceedings = proceedings;
    }

    record MaterialJson(Long id, Long agendaItemId, String name, Long uploadedBy, Instant uploadedAt) {

        static MaterialJson of(MaterialView m) {
            return new MaterialJson(m.id(), m.agendaItemId(), m.name(), m.uploadedBy(), m.uploadedAt());
        }
    }

    record Minutes(@Size(max = 20000, message = "{field.tooLong}") String minutes) {
    }

    record Report(@Size(max = 4000, message = "{field.tooLong}") String results,
            @Size(max = 4000, message = "{field.tooLong}") String plan,
            @Size(max = 4000, message = "{field.tooLong}") String proposals) {
    }

    record ReportJson(Long id, Long unitId, String results, String plan, String proposals, Long submittedBy,
            Instant submittedAt) {

        static ReportJson of(UnitReportView r) {
            return new ReportJson(r.id(), r.unitId(), r.results(), r.plan(), r.proposals(), r.submittedBy(),
                    r.submittedAt());
        }
    }

    /** {@code originalStart}: the occurrence as the series placed it; {@code start}/{@code end}: where it goes. */
    record Move(@NotNull(message = "{meeting.time.required}") Instant originalStart,
            @NotNull(message = "{meeting.time.required}") Instant start,
            @NotNull(message = "{meeting.time.required}") Instant end) {
    }

    @PostMapping(path = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a material to the meeting or one of its agenda items (organisers and presenters)")
    ResponseEntity<MaterialJson> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long agendaItemId) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("meeting.material.required");
        }
        try (InputStream in = file.getInputStream()) {
            var material = management.attach(user, id, agendaItemId, file.getOriginalFilename(), in);
            return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/materials/" + material.id()))
                    .body(MaterialJson.of(material));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PutMapping("/{id}/minutes")
    @Operation(summary = "Write or replace the minutes (the secretary or the organisers)")
    ResponseEntity<Void> minutes(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody Minutes body) {
        proceedings.writeMinutes(user, id, body.minutes());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reports")
    @Operation(summary = "The caller's unit reports before the briefing: results, plan, proposals (unit heads)")
    ReportJson report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody Report body) {
        return ReportJson.of(proceedings.submitReport(user, id, body.results(), body.plan(), body.proposals()));
    }

    @PostMapping("/{id}/occurrences/cancel")
    @Operation(summary = "Cancel one occurrence of a recurring meeting (organisers)")
    ResponseEntity<Void> cancelOccurrence(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam Instant originalStart) {
        management.cancelOccurrence(user, id, originalStart);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/occurrences/move")
    @Operation(summary = "Move one occurrence of a recurring meeting to another time (organisers)")
    ResponseEntity<Void> moveOccurrence(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @RequestBody Move body) {
        management.moveOccurrence(user, id, body.originalStart(), body.start(), body.end());
        return ResponseEntity.noContent().build();
    }
}
