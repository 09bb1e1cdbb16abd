package vn.eoffice.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.eoffice.meetings.MeetingDraft;
import vn.eoffice.meetings.MeetingKind;
import vn.eoffice.meetings.MeetingPlan;
import vn.eoffice.meetings.ParticipantView;

/**
 * The form to schedule a meeting. {@code repeat} is "", "DAILY", "WEEKLY" (on {@code repeatDays}, or the weekday of
 * {@code date}), "MONTHLY" (same day of the month) or "CUSTOM" (keeps {@code rule}, an existing meeting's rule that
 * these plain fields cannot express); {@code repeatUntil} ends the series (inclusive); guests are e-mail addresses separated by commas or new lines;
 * agenda rows come as parallel lists; {@code version} is the meeting's version when the form changes a meeting.
 */
record MeetingForm(
        @NotBlank(message = "{meeting.title.required}") @Size(max = 500, message = "{meeting.title.tooLong}") String title,
        @NotNull(message = "{meeting.kind.required}") MeetingKind kind,
        @NotNull(message = "{meeting.chair.required}") Long chairId,
        Long secretaryId,
        @NotNull(message = "{meeting.time.required}") LocalDate date,
        @NotNull(message = "{meeting.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
        @NotNull(message = "{meeting.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
        Long roomId, Boolean online,
        @Size(max = 300) String location,
        @Size(max = 4000) String description,
        String repeat,
        @Size(max = 300) String rule,
        List<String> repeatDays, LocalDate repeatUntil,
        List<Long> userIds, List<Long> unitIds,
        @Size(max = 2000) String guests,
        List<String> agendaTitle, List<Long> agendaPresenter, List<Integer> agendaMinutes,
        Long version) {

    static MeetingForm blank(LocalDate date, Long chairId) {
        return new MeetingForm(null, MeetingKind.WEEKLY_BRIEFING, chairId, null, date, LocalTime.of(8, 0),
                LocalTime.of(10, 0), null, true, null, null, "", null, List.of(), null, List.of(), List.of(), null,
                List.of("", "", ""), Arrays.asList(null, null, null), Arrays.asList(null, null, null), null);
    }

    /** The form prefilled with a meeting to change, with two empty agenda rows to add items. */
    static MeetingForm of(MeetingDraft draft, ZoneId zone) {
        var m = draft.meeting();
        var titles = new ArrayList<String>();
        var presenters = new ArrayList<Long>();
        var minutes = new ArrayList<Integer>();
        for (var item : draft.agenda()) {
            titles.add(item.title());
            presenters.add(item.presenterId());
            minutes.add(item.durationMinutes());
        }
        for (int i = 0; i < 2 || titles.size() < 3; i++) {
            titles.add("");
            presenters.add(null);
            minutes.add(null);
        }
        var users = draft.invitees().stream().map(ParticipantView::userId).filter(Objects::nonNull).toList();
        var units = draft.invitees().stream().map(ParticipantView::unitId).filter(Objects::nonNull).toList();
        String guests = draft.invitees().stream().map(ParticipantView::email).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        var start = m.startsAt().atZone(zone);
        var repeat = RepeatFields.of(m.recurrence(), start, zone);
        return new MeetingForm(m.title(), m.kind(), m.chairId(), m.secretaryId(), start.toLocalDate(),
                start.toLocalTime(), m.endsAt().atZone(zone).toLocalTime(), m.roomId(), m.online(), m.location(),
                m.description(), repeat.repeat(), repeat.rule(), repeat.days(), repeat.until(), users, units, guests,
                titles, presenters, minutes, m.version());
    }

    /** Whether the day and both times are there, so the form can be checked for conflicts. */
    boolean timed() {
        return date != null && startTime != null && endTime != null;
    }

    MeetingPlan toPlan(ZoneId zone) {
        var agenda = new ArrayList<MeetingPlan.AgendaLine>();
        if (agendaTitle != null) {
            for (int i = 0; i < agendaTitle.size(); i++) {
                String line = agendaTitle.get(i);
                if (line != null && !line.isBlank()) {
                    agenda.add(new MeetingPlan.AgendaLine(line, at(agendaPresenter, i), at(agendaMinutes, i)));
                }
            }
        }
        var emails = guests == null ? List.<String>of()
                : Arrays.stream(guests.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return new MeetingPlan(title, kind, chairId, secretaryId, date.atTime(startTime).atZone(zone).toInstant(),
                date.atTime(endTime).atZone(zone).toInstant(), roomId, Boolean.TRUE.equals(online), location,
                description, recurrence(zone), userIds == null ? null : new LinkedHashSet<>(userIds),
                unitIds == null ? null : new LinkedHashSet<>(unitIds), emails, agenda);
    }

    String recurrence(ZoneId zone) {
        return new RepeatFields(repeat, rule, repeatDays, repeatUntil).rule(date, zone);
    }

    private static <T> T at(List<T> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }
}
