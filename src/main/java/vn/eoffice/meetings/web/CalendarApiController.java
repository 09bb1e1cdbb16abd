package vn.eoffice.meetings.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.MeetingStatistics;
import vn.eoffice.meetings.WorkCalendar;
import vn.eoffice.platform.ApiController;

/** The leadership's weekly work calendar (Lịch công tác) and the meeting statistics, as on their pages. */
@ApiController("/api/v1/meetings")
@Tag(name = "Meetings")
class CalendarApiController {

    private final WorkCalendar calendar;
    private final MeetingStatistics statistics;

    CalendarApiController(WorkCalendar calendar, MeetingStatistics statistics) {
        this.calendar = calendar;
        this.statistics = statistics;
    }

    /** Local date-times in the office's zone (Asia/Ho_Chi_Minh). */
    record Entry(LocalDateTime start, LocalDateTime end, @Size(max = 500, message = "{field.tooLong}") String title,
            @Size(max = 300, message = "{field.tooLong}") String location,
            @Size(max = 500, message = "{field.tooLong}") String leaders) {
    }

    record EntryJson(Long id, Instant startsAt, Instant endsAt, String title, String location, String leaders) {

        static EntryJson of(WorkCalendar.ManualEntry e) {
            return new EntryJson(e.id(), e.startsAt(), e.endsAt(), e.title(), e.location(), e.leaders());
        }
    }

    @GetMapping("/calendar")
    @Operation(summary = "The week's work calendar (default: this week): meetings and manual entries per day")
    WorkCalendar.Week week(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        return calendar.week(user, week);
    }

    @GetMapping(path = "/calendar.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The week's work calendar as a printable PDF (A4 landscape)")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        LocalDate start = calendar.weekStart(week);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lich-cong-tac-" + start + ".pdf").build().toString())
                .body(calendar.pdf(user, start));
    }

    @PostMapping("/calendar/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a manual entry to the work calendar (leaders and clerks who keep it)")
    ResponseEntity<EntryJson> add(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody Entry body) {
        var entry = calendar.add(user, body.start(), body.end(), body.title(), body.location(), body.leaders());
        return ResponseEntity.created(URI.create("/api/v1/meetings/calendar?week="
                + (body.start() == null ? "" : body.start().toLocalDate()))).body(EntryJson.of(entry));
    }

    @PostMapping("/calendar/publish")
    @Operation(summary = "Publish the week to all staff (again after changes)")
    ResponseEntity<Void> publish(@AuthenticationPrincipal CurrentUser user,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        calendar.publish(user, week);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/stats")
    @Operation(summary = "Meetings per month for a year: online and in person, participant-hours, savings")
    List<MeetingStatistics.Month> stats(@AuthenticationPrincipal CurrentUser user) {
        return statistics.monthly(user, 12);
    }
}
