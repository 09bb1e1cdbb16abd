package vn.eoffice.tasks.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;
import vn.eoffice.tasks.Assignment;
import vn.eoffice.tasks.DeadlineExtensions;
import vn.eoffice.tasks.Extension;
import vn.eoffice.tasks.Party;
import vn.eoffice.tasks.Priority;
import vn.eoffice.tasks.SourceRef;
import vn.eoffice.tasks.TaskDetails;
import vn.eoffice.tasks.TaskFilter;
import vn.eoffice.tasks.TaskManagement;
import vn.eoffice.tasks.TaskQueries;
import vn.eoffice.tasks.TaskStatus;
import vn.eoffice.tasks.TaskSummary;
import vn.eoffice.tasks.TaskView;

@ApiController("/api/v1/tasks")
@Tag(name = "Tasks", description = "Who must do what by when: assignment, progress, extensions, completion, acceptance")
class TaskApiController {

    private final TaskManagement tasks;
    private final TaskQueries queries;
    private final DeadlineExtensions extensions;
    private final MessageSource messages;
    private final ProgressFiles files;

    TaskApiController(TaskManagement tasks, TaskQueries queries, DeadlineExtensions extensions,
            MessageSource messages, ProgressFiles files) {
        this.files = files;
        this.tasks = tasks;
        this.queries = queries;
        this.extensions = extensions;
        this.messages = messages;
    }

    /** Two people changed the same task at once: the later one retries instead of seeing a 500. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail conflict() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale()));
    }

    /** Exactly one of leadUnitId / leadUserId. */
    record NewTask(@NotBlank(message = "{task.form.title.required}") @Size(max = 500) String title,
            @Size(max = 10000) String content, Long leadUnitId, Long leadUserId, Set<Long> coUnitIds,
            Set<Long> coUserIds, LocalDate startDate,
            @NotNull(message = "{task.form.deadline.required}") LocalDate deadline, Priority priority,
            Secrecy secrecy, @Min(value = 1, message = "{task.repeat.day}") @Max(value = 31,
                    message = "{task.repeat.day}") Integer repeatDay) {

        Assignment toAssignment(Long agencyId, Long assignerId) {
            if ((leadUnitId == null) == (leadUserId == null)) {
                throw new DomainException("task.party.invalid");
            }
            Set<Party> co = new LinkedHashSet<>();
            if (coUnitIds != null) {
                coUnitIds.forEach(id -> co.add(Party.unit(id)));
            }
            if (coUserIds != null) {
                coUserIds.forEach(id -> co.add(Party.user(id)));
            }
            return new Assignment(agencyId, title, content, SourceRef.adHoc(), assignerId,
                    new Party(leadUnitId, leadUserId), co, Set.of(), startDate, deadline, priority, secrecy);
        }
    }

    record TaskPage(List<TaskSummary> content, int page, int size, long totalElements) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Give an ad-hoc task (leaders and unit heads); repeatDay makes it come back monthly")
    ResponseEntity<TaskSummary> create(@Valid @RequestBody NewTask body, @AuthenticationPrincipal CurrentUser user) {
        var task = tasks.assignAdHoc(user, body.toAssignment(user.agencyId(), user.id()), body.repeatDay());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())).body(task);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/subtasks")
    @Operation(summary = "Break a task down (its lead only); the sub-task must end no later than the parent")
    ResponseEntity<TaskSummary> breakDown(@PathVariable Long id, @Valid @RequestBody NewTask body,
            @AuthenticationPrincipal CurrentUser user) {
        var task = tasks.assignBelow(id, user, body.toAssignment(user.agencyId(), user.id()));
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())).body(task);
    }

    @GetMapping
    @Operation(summary = "Tasks the caller may see: view MINE, ASSIGNED, UNIT or ALL; filters by status, overdue, text")
    TaskPage list(@RequestParam(defaultValue = "MINE") TaskView view, @RequestParam(required = false) TaskStatus status,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        var result = queries.find(new TaskFilter(view, status, overdue, q, null, null), user,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
        return new TaskPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A task with its sub-tasks, timeline, extension history and the caller's allowed actions")
    TaskDetails get(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return queries.details(id, user);
    }

    @PostMapping("/{id}/progress")
    @Operation(summary = "Report progress (lead or co-processor)")
    TaskSummary progress(@PathVariable Long id, @Valid @RequestBody Forms.Progress body,
            @AuthenticationPrincipal CurrentUser user) {
        tasks.reportProgress(id, user, body.percent(), body.note());
        return tasks.summary(id);
    }

    @PostMapping(path = "/{id}/progress", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report progress with files (multipart: percent, note, files)")
    TaskSummary progressWithFiles(@PathVariable Long id, @Valid @org.springframework.web.bind.annotation.ModelAttribute
            Forms.Progress body, @RequestParam(name = "files", required = false)
            List<org.springframework.web.multipart.MultipartFile> uploads, @AuthenticationPrincipal CurrentUser user) {
        tasks.reportProgress(id, user, body.percent(), body.note(), files.store(user, uploads));
        return tasks.summary(id);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "Download a file of a progress update (whoever may see the task)")
    ResponseEntity<org.springframework.core.io.InputStreamResource> progressFile(@PathVariable Long id,
            @PathVariable Long fileId, @AuthenticationPrincipal CurrentUser user) {
        return files.download(id, fileId, user);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/extensions")
    @Operation(summary = "Ask the assigner for a later deadline (lead only)")
    ResponseEntity<Extension> requestExtension(@PathVariable Long id, @Valid @RequestBody Forms.ExtensionAsk body,
            @AuthenticationPrincipal CurrentUser user) {
        var extension = extensions.request(id, user, body.deadline(), body.reason());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/extensions/" + extension.id()))
                .body(extension);
    }

    @PostMapping("/{id}/extensions/{extensionId}/decision")
    @Operation(summary = "Approve or refuse a requested extension (assigner only)")
    Extension decide(@PathVariable Long id, @PathVariable Long extensionId, @Valid @RequestBody Forms.Decision body,
            @AuthenticationPrincipal CurrentUser user) {
        return extensions.decide(extensionId, user, body.approve(), body.note());
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Report the task done with its result (lead only)")
    TaskSummary complete(@PathVariable Long id, @Valid @RequestBody Forms.Completion body,
            @AuthenticationPrincipal CurrentUser user) {
        tasks.complete(id, user, body.result());
        return tasks.summary(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a completed task and rate its quality (assigner only); timeliness is recorded")
    TaskDetails accept(@PathVariable Long id, @Valid @RequestBody Forms.Acceptance body,
            @AuthenticationPrincipal CurrentUser user) {
        tasks.accept(id, user, body.meetsQuality(), body.comment());
        return queries.details(id, user);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an open task, with a reason (assigner only)")
    TaskSummary cancel(@PathVariable Long id, @Valid @RequestBody Forms.Return body,
            @AuthenticationPrincipal CurrentUser user) {
        tasks.cancel(id, user, body.reason());
        return tasks.summary(id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a completed task for more work, with a reason (assigner only)")
    TaskSummary returnForRework(@PathVariable Long id, @Valid @RequestBody Forms.Return body,
            @AuthenticationPrincipal CurrentUser user) {
        tasks.returnForRework(id, user, body.reason());
        return tasks.summary(id);
    }
}
