package vn.eoffice.tasks.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.eoffice.identity.Candidates;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.tasks.TaskFilter;
import vn.eoffice.tasks.TaskQueries;
import vn.eoffice.tasks.TaskStatus;
import vn.eoffice.tasks.TaskSummary;
import vn.eoffice.tasks.TaskView;

/**
 * Task lists by tab (mine, assigned by me, my unit's, all) with filters, and the calendar of deadlines.
 */
@Controller
@RequestMapping("/tasks")
class TaskListController {

    private static final int PAGE_SIZE = 20;

    private final TaskQueries queries;
    private final Candidates candidates;

    TaskListController(TaskQueries queries, Candidates candidates) {
        this.queries = queries;
        this.candidates = candidates;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "MINE") TaskView view, @RequestParam(required = false) TaskStatus status,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        var filter = new TaskFilter(view, status, overdue, q, null, null);
        model.addAttribute("tasks", queries.find(filter, user, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("filter", filter);
        model.addAttribute("views", views());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("today", queries.today());
        model.addAttribute("directory", candidates.directory(user).getTagged());
        model.addAttribute("canAssign", user.hasRole(Role.LEADER) || user.hasRole(Role.UNIT_HEAD));
        model.addAttribute("pageBase", UriComponentsBuilder.fromPath("/tasks").queryParam("view", view)
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParam("overdue", overdue)
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .encode().build().toUriString());
        return htmx != null ? "tasks/list :: results" : "tasks/list";
    }

    /** Every view: "all" is everything the person may see (the whole agency for leaders and clerks). */
    static List<TaskView> views() {
        return List.of(TaskView.values());
    }

    /** A month of deadlines as weeks of days (Monday first), each day with its tasks. */
    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) String month, @RequestParam(defaultValue = "MINE") TaskView view,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        YearMonth shown = parse(month, YearMonth.from(queries.today()));
        LocalDate first = shown.atDay(1);
        LocalDate gridStart = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate gridEnd = shown.atEndOfMonth().plusDays(7L - shown.atEndOfMonth().getDayOfWeek().getValue());
        Map<LocalDate, List<TaskSummary>> byDay = queries.deadlines(user, view, gridStart, gridEnd).stream()
                .collect(Collectors.groupingBy(TaskSummary::deadline));
        List<List<LocalDate>> weeks = new ArrayList<>();
        for (LocalDate day = gridStart; !day.isAfter(gridEnd); day = day.plusWeeks(1)) {
            weeks.add(day.datesUntil(day.plusDays(7)).toList());
        }
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("weeks", weeks);
        model.addAttribute("byDay", byDay);
        model.addAttribute("view", view);
        model.addAttribute("views", views());
        model.addAttribute("today", queries.today());
        return "tasks/calendar";
    }

    private static YearMonth parse(String month, YearMonth fallback) {
        try {
            return month == null || month.isBlank() ? fallback : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
