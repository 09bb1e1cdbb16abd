package vn.eoffice.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.CalendarFeeds;
import vn.eoffice.meetings.MeetingStatistics;
import vn.eoffice.meetings.WorkCalendar;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.platform.PublicBaseUrl;

/**
 * The leadership's weekly work calendar (print, PDF, publish, manual entries), the person's calendar feed URLs and
 * the meeting statistics.
 */
@Controller
class CalendarController {

    private final WorkCalendar calendar;
    private final CalendarFeeds feeds;
    private final MeetingStatistics statistics;
    private final PublicBaseUrl publicBaseUrl;

    CalendarController(WorkCalendar calendar, CalendarFeeds feeds, MeetingStatistics statistics,
            PublicBaseUrl publicBaseUrl) {
        this.calendar = calendar;
        this.feeds = feeds;
        this.statistics = statistics;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/meetings/calendar")
    String week(@RequestParam(required = false) LocalDate week,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var shown = calendar.week(user, week);
        model.addAttribute("week", shown);
        model.addAttribute("previous", shown.start().minusWeeks(1));
        model.addAttribute("next", shown.start().plusWeeks(1));
        return "meetings/calendar";
    }

    @GetMapping("/meetings/calendar.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) LocalDate week, @AuthenticationPrincipal CurrentUser user) {
        LocalDate start = calendar.weekStart(week);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lich-cong-tac-" + start + ".pdf").build().toString())
                .body(calendar.pdf(user, start));
    }

    @PostMapping("/meetings/calendar/entries")
    String add(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
            @RequestParam(required = false) String title, @RequestParam(required = false) String location,
            @RequestParam(required = false) String leaders, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return FormPosts.act(redirect, "meeting.flash.entryAdded",
                "/meetings/calendar" + (start == null ? "" : "?week=" + start.toLocalDate()),
                () -> calendar.add(user, start, end, title, location, leaders));
    }

    @PostMapping("/meetings/calendar/publish")
    String publish(@RequestParam LocalDate week,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        calendar.publish(user, week);
        redirect.addFlashAttribute("flash", "meeting.flash.published");
        return "redirect:/meetings/calendar?week=" + week;
    }

    @GetMapping("/meetings/feeds")
    String feeds(@AuthenticationPrincipal CurrentUser user, Model model) {
        String base = publicBaseUrl.get();
        feeds.token(user).ifPresent(token -> {
            model.addAttribute("personalUrl", base + "/calendar/feed/" + token + ".ics");
            model.addAttribute("agencyUrl", base + "/calendar/feed/" + token + "/agency.ics");
        });
        return "meetings/feeds";
    }

    @PostMapping("/meetings/feeds")
    String renew(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        feeds.renew(user);
        redirect.addFlashAttribute("flash", "meeting.flash.feedRenewed");
        return "redirect:/meetings/feeds";
    }

    @PostMapping("/meetings/feeds/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        feeds.revoke(user);
        redirect.addFlashAttribute("flash", "meeting.flash.feedRevoked");
        return "redirect:/meetings/feeds";
    }

    @GetMapping("/meetings/stats")
    String stats(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("months", statistics.monthly(user, 12));
        return "meetings/stats";
    }
}
