package vn.eoffice.meetings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.Answer;
import vn.eoffice.meetings.Conferences;
import vn.eoffice.meetings.MeetingInvitations;
import vn.eoffice.meetings.MeetingManagement;
import vn.eoffice.meetings.MeetingProceedings;
import vn.eoffice.meetings.MeetingQueries;
import vn.eoffice.meetings.TechStatus;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.DomainException;

/**
 * One meeting's page and every action on it. Each action posts and redirects back to the page with a message; a
 * broken rule comes back as a Vietnamese error message at the top of the page.
 */
@Controller
@RequestMapping("/meetings/{id}")
class MeetingDetailController {

    private final MeetingQueries queries;
    private final MeetingManagement management;
    private final MeetingProceedings proceedings;
    private final Conferences conferences;
    private final MeetingInvitations invitations;
    private final Candidates candidates;
    private final FileStorage files;
    private final Dates dates;
    private final Clock clock;
    /** A series shows its next few occurrences; the others are counted, and reachable from the compact control. */
    static final int SHOWN_OCCURRENCES = 5;

    MeetingDetailController(MeetingQueries queries, MeetingManagement management, MeetingProceedings proceedings,
            Conferences conferences, MeetingInvitations invitations, Candidates candidates, FileStorage files,
            Dates dates, Clock clock) {
        this.queries = queries;
        this.management = management;
        this.proceedings = proceedings;
        this.conferences = conferences;
        this.invitations = invitations;
        this.candidates = candidates;
        this.files = files;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var view = queries.view(user, id);
        model.addAttribute("m", view);
        Instant now = Instant.now(clock);
        model.addAttribute("upcoming", view.occurrences().stream().filter(o -> o.end().isAfter(now)).toList());
        model.addAttribute("shownOccurrences", SHOWN_OCCURRENCES);
        model.addAttribute("editable", view.organiser() && view.meeting().scheduled()
                && !view.meeting().over(Instant.now(clock)));
        model.addAttribute("directory", candidates.directory(user));
        model.addAttribute("answers", List.of(Answer.ATTEND, Answer.DECLINE, Answer.DEPUTY));
        model.addAttribute("techStatuses", TechStatus.values());
        if (view.organiser() && view.reportsAsked()) {
            model.addAttribute("consolidated", proceedings.consolidatedReport(user, id));
        }
        return "meetings/detail";
    }

    @PostMapping("/answer")
    String answer(@PathVariable Long id, @RequestParam Long participantId, @RequestParam Answer answer,
            @RequestParam(required = false) Long deputyId, @RequestParam(required = false) String note,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.answered",
                () -> management.answer(user, id, participantId, answer, deputyId, note));
    }

    @PostMapping("/invite")
    String invite(@PathVariable Long id, @RequestParam(required = false) List<Long> userIds,
            @RequestParam(required = false) List<Long> unitIds, @RequestParam(required = false) String guests,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        List<String> emails = guests == null ? List.of()
                : java.util.Arrays.stream(guests.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return act(id, redirect, "meeting.flash.invited", () -> management.invite(user, id, set(userIds),
                set(unitIds), emails));
    }

    @PostMapping("/materials")
    String attach(@PathVariable Long id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Long agendaItemId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            FormPosts.refuse(redirect, "meeting.material.required");
            return "redirect:/meetings/" + id;
        }
        return act(id, redirect, "meeting.flash.attached", () -> {
            try (var in = file.getInputStream()) {
                management.attach(user, id, agendaItemId, file.getOriginalFilename(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/materials/{materialId}")
    ResponseEntity<InputStreamResource> download(@PathVariable Long id, @PathVariable Long materialId,
            @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(files, management.material(user, id, materialId));
    }

    @GetMapping("/invite.ics")
    ResponseEntity<String> ics(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + id + ".ics").build().toString())
                .body(invitations.ics(user, id));
    }

    @PostMapping("/check-in")
    String checkIn(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.checkedIn", () -> proceedings.checkIn(user, id));
    }

    @PostMapping("/attendance")
    String attendance(@PathVariable Long id, @RequestParam(required = false) List<Long> userIds,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.attendance", () -> proceedings.markPresent(user, id, set(userIds)));
    }

    @PostMapping("/minutes")
    String minutes(@PathVariable Long id, @RequestParam(required = false) String minutes,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.minutes", () -> proceedings.writeMinutes(user, id, minutes));
    }

    @PostMapping("/reports")
    String report(@PathVariable Long id, @RequestParam(required = false) String results,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String proposals,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.reported",
                () -> proceedings.submitReport(user, id, results, plan, proposals));
    }

    @PostMapping("/conclusions")
    String conclude(@PathVariable Long id, @RequestParam(required = false) String content,
            @RequestParam(required = false) Long leadUnitId, @RequestParam(required = false) List<Long> coUnitIds,
            @RequestParam(required = false) LocalDate deadline,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.concluded",
                () -> proceedings.conclude(user, id, content, leadUnitId, set(coUnitIds), deadline));
    }

    @PostMapping("/notice")
    String notice(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.notice", () -> proceedings.releaseNotice(user, id));
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable Long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.cancelled", () -> management.cancel(user, id, reason));
    }

    @PostMapping("/occurrences/cancel")
    String cancelOccurrence(@PathVariable Long id, @RequestParam Instant originalStart,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.occurrenceCancelled",
                () -> management.cancelOccurrence(user, id, originalStart));
    }

    @PostMapping("/occurrences/move")
    String moveOccurrence(@PathVariable Long id, @RequestParam Instant originalStart,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.occurrenceMoved", () -> {
            if (date == null || startTime == null || endTime == null) {
                throw new DomainException("meeting.time.required");
            }
            management.moveOccurrence(user, id, originalStart, date.atTime(startTime).atZone(dates.zone())
                    .toInstant(), date.atTime(endTime).atZone(dates.zone()).toInstant());
        });
    }

    @PostMapping("/points")
    String addPoint(@PathVariable Long id, @RequestParam(required = false) Boolean main,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String name,
            @RequestParam(required = false) String location, @RequestParam(required = false) Long hostId,
            @RequestParam(required = false) Integer expected, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.pointAdded", () -> conferences.addPoint(user, id,
                Boolean.TRUE.equals(main), unitId, name, location, hostId, expected == null ? 0 : expected));
    }

    @PostMapping("/points/{pointId}/check")
    String checkPoint(@PathVariable Long id, @PathVariable Long pointId, @RequestParam TechStatus status,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.pointChecked", () -> conferences.check(user, id, pointId, status));
    }

    @PostMapping("/points/{pointId}/attendance")
    String pointAttendance(@PathVariable Long id, @PathVariable Long pointId,
            @RequestParam(required = false) Integer actual, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return act(id, redirect, "meeting.flash.pointReported", () -> {
            if (actual == null) {
                throw new DomainException("meeting.point.count.invalid");
            }
            conferences.reportAttendance(user, id, pointId, actual);
        });
    }

    private String act(Long id, RedirectAttributes redirect, String flash, Runnable action) {
        return FormPosts.act(redirect, flash, "/meetings/" + id, action);
    }


    private static Set<Long> set(List<Long> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }
}
