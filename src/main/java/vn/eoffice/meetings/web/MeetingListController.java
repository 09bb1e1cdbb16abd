package vn.eoffice.meetings.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.MeetingDraft;
import vn.eoffice.meetings.MeetingKind;
import vn.eoffice.meetings.MeetingManagement;
import vn.eoffice.meetings.MeetingQueries;
import vn.eoffice.meetings.ParticipantView;
import vn.eoffice.meetings.ScheduleConflict;
import vn.eoffice.meetings.ScheduleConflicts;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.FieldErrors;

/**
 * "My meetings": upcoming and past occurrences, the invitations waiting for an answer, and scheduling a meeting
 * or changing it (its organisers, as the API's PUT).
 */
@Controller
class MeetingListController {

    private static final java.util.Map<String, String> FIELDS = java.util.Map.of(
            "meeting.time.order", "endTime", "meeting.room.conflict", "roomId", "meeting.room.tooSmall", "roomId",
            "meeting.room.inactive", "roomId", "meeting.place.required", "roomId", "meeting.room.busy", "roomId",
            "meeting.recurrence.invalid", "repeat", "meeting.guest.invalid", "guests",
            "meeting.repeat.until.before", "repeatUntil");

    private final MeetingQueries queries;
    private final MeetingManagement management;
    private final Candidates candidates;
    private final ScheduleConflicts conflicts;
    private final Dates dates;
    private final Clock clock;

    MeetingListController(MeetingQueries queries, MeetingManagement management, Candidates candidates,
            ScheduleConflicts conflicts, Dates dates, Clock clock) {
        this.queries = queries;
        this.management = management;
        this.candidates = candidates;
        this.conflicts = conflicts;
        this.dates = dates;
        this.clock = clock;
    }

    /** The form's conflicts as it is being filled in (htmx, on every change): a warning only, nothing is saved. */
    @PostMapping("/meetings/conflicts")
    String conflicts(@ModelAttribute("form") MeetingForm form, BindingResult binding,
            @RequestParam(required = false) Long editing, @RequestParam(defaultValue = "false") boolean confirmConflicts,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        requireOrganiser(user);
        // ticking "Vẫn lưu dù trùng lịch" is itself a change: the panel drawn again keeps the tick
        model.addAttribute("confirmed", confirmConflicts);
        List<ScheduleConflict> found = List.of();
        if (!binding.hasErrors() && form.timed()) {
            try {
                found = conflicts.of(user, form.toPlan(dates.zone()), editing);
            } catch (DomainException invalid) {
                // an impossible plan has no conflicts to show; saving says why, beside its field
            }
        }
        model.addAttribute("conflicts", found);
        return "meetings/new :: conflicts";
    }

    /**
     * Whether the plan double-books someone the organiser has not yet accepted: then the form comes back with the
     * conflicts and the tick "Vẫn lưu dù trùng lịch" (a busy room is refused when saving, tick or not).
     */
    private boolean unconfirmedConflicts(CurrentUser user, MeetingForm form, Long own, boolean confirmed,
            Model model) {
        java.util.List<ScheduleConflict> found;
        try {
            found = conflicts.of(user, form.toPlan(dates.zone()), own);
        } catch (DomainException invalid) {
            return false; // an impossible plan (a series ending before it starts): saving says why, beside its field
        }
        model.addAttribute("conflicts", found);
        model.addAttribute("confirmed", confirmed);
        if (confirmed || found.isEmpty() || found.stream().anyMatch(c -> !c.confirmable())) {
            return false; // nothing to confirm, confirmed, or a busy room: saving refuses with the room's message
        }
        model.addAttribute("confirmationNeeded", true);
        return true;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(defaultValue = "upcoming") String view, @RequestParam(defaultValue = "false") boolean all,
            @AuthenticationPrincipal CurrentUser user, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Instant now = Instant.now(clock);
        boolean past = "past".equals(view);
        var occurrences = past ? queries.mine(user, now.minus(Duration.ofDays(180)), now, all)
                : queries.mine(user, now.minus(Duration.ofHours(4)), now.plus(Duration.ofDays(60)), all);
        if (past) {
            occurrences = new java.util.ArrayList<>(occurrences);
            java.util.Collections.reverse(occurrences);
        }
        model.addAttribute("view", past ? "past" : "upcoming");
        model.addAttribute("all", all);
        model.addAttribute("occurrences", occurrences);
        model.addAttribute("awaiting", queries.awaitingAnswer(user));
        model.addAttribute("canOrganise", MeetingManagement.mayOrganise(user));
        model.addAttribute("isLeader", user.hasRole(vn.eoffice.identity.Role.LEADER));
        return htmx != null ? "meetings/list :: results" : "meetings/list";
    }

    @GetMapping("/meetings/new")
    String newMeeting(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireOrganiser(user);
        model.addAttribute("form", MeetingForm.blank(dates.today(clock).plusDays(1), user.id()));
        return form(user, model);
    }

    @PostMapping("/meetings")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean confirmConflicts, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        requireOrganiser(user);
        if (!binding.hasErrors() && !unconfirmedConflicts(user, form, null, confirmConflicts, model)) {
            try {
                var meeting = management.schedule(user, form.toPlan(dates.zone()));
                redirect.addFlashAttribute("flash", "meeting.flash.scheduled");
                return "redirect:/meetings/" + meeting.id();
            } catch (DomainException e) {
                FieldErrors.reject(binding, e, FIELDS);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("error.conflict");
            }
        }
        return form(user, model);
    }

    @GetMapping("/meetings/{id}/edit")
    String edit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        MeetingDraft draft;
        try {
            draft = management.draft(user, id);
        } catch (DomainException e) {
            return refused(id, e, redirect);
        }
        model.addAttribute("form", MeetingForm.of(draft, dates.zone()));
        return editForm(user, draft, model);
    }

    @PostMapping("/meetings/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean confirmConflicts, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        if (form.version() == null) {
            binding.reject("meeting.edit.stale");
        }
        if (!binding.hasErrors() && !unconfirmedConflicts(user, form, id, confirmConflicts, model)) {
            try {
                var changed = management.change(user, id, form.version(), form.toPlan(dates.zone()));
                redirect.addFlashAttribute("flash", "meeting.flash.changed");
                if (!changed.droppedExceptions().isEmpty()) {
                    redirect.addFlashAttribute("droppedExceptions",
                            changed.droppedExceptions().stream().map(dates::dateTime).toList());
                }
                return "redirect:/meetings/" + id;
            } catch (DomainException e) {
                FieldErrors.reject(binding, e, FIELDS);
            } catch (ObjectOptimisticLockingFailureException e) {
                binding.reject("meeting.edit.stale");
            }
        }
        try {
            return editForm(user, management.draft(user, id), model);
        } catch (DomainException e) {
            return refused(id, e, redirect);
        }
    }

    private String editForm(CurrentUser user, MeetingDraft draft, Model model) {
        model.addAttribute("editing", draft.meeting().id());
        model.addAttribute("invitedUsers", values(draft.invitees().stream().map(ParticipantView::userId).toList()));
        model.addAttribute("invitedUnits", values(draft.invitees().stream().map(ParticipantView::unitId).toList()));
        return form(user, model);
    }

    private static String refused(Long id, DomainException e, RedirectAttributes redirect) {
        FormPosts.refuse(redirect, e.messageKey(), e.arguments());
        return "redirect:/meetings/" + id;
    }

    /**
     * The form; on a change, those already invited are shown locked among the chosen (they stay invited whatever
     * the form sends).
     */
    private String form(CurrentUser user, Model model) {
        if (!model.containsAttribute("invitedUsers")) {
            model.addAttribute("invitedUsers", Set.of());
            model.addAttribute("invitedUnits", Set.of());
        }
        var form = (MeetingForm) model.getAttribute("form");
        model.addAttribute("chosenUsers", union(model.getAttribute("invitedUsers"), values(form.userIds())));
        model.addAttribute("chosenUnits", union(model.getAttribute("invitedUnits"), values(form.unitIds())));
        model.addAttribute("directory", candidates.directory(user));
        model.addAttribute("rooms", queries.rooms(user));
        model.addAttribute("kinds", MeetingKind.values());
        return "meetings/new";
    }

    /** Ids as the values a picker sends. */
    private static Set<String> values(List<Long> ids) {
        return ids == null ? Set.of() : ids.stream().filter(java.util.Objects::nonNull).map(String::valueOf)
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> union(Object invited, Set<String> chosen) {
        var all = new java.util.HashSet<>((Set<String>) invited);
        all.addAll(chosen);
        return all;
    }

    private static void requireOrganiser(CurrentUser user) {
        if (!MeetingManagement.mayOrganise(user)) {
            throw new AccessDeniedException("denied");
        }
    }
}
