package vn.eoffice.study.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.study.AttendanceSheet;
import vn.eoffice.study.LearnerCounts;
import vn.eoffice.study.LearnerPage;
import vn.eoffice.study.LearnerQueries;
import vn.eoffice.study.LearnerReflections;
import vn.eoffice.study.LearnerRegistration;
import vn.eoffice.study.LearnerRegistry;
import vn.eoffice.study.PartyMemberForm;
import vn.eoffice.study.PartyMemberImportRefused;
import vn.eoffice.study.PartyMemberPage;
import vn.eoffice.study.PartyMemberRoster;
import vn.eoffice.study.PartyMemberView;
import vn.eoffice.study.ReflectionGrade;
import vn.eoffice.study.StudySessionForm;
import vn.eoffice.study.StudySessionView;

@ApiController("/api/v1/study")
@Tag(name = "Study learners", description = "Committees' rosters of Party members, learners of a study programme,"
        + " attendance at sessions and make-up classes, reflections (bài thu hoạch) and their grades")
class LearnerApiController {

    /** A reflection entered through the API: its text. */
    record ReflectionBody(String text) {
    }

    /** A grade given to a reflection. */
    record GradeBody(ReflectionGrade grade) {
    }

    /** The absent learners who came to a make-up class. */
    record MakeUpBody(List<Long> learnerIds) {
    }

    private final PartyMemberRoster roster;
    private final LearnerQueries queries;
    private final LearnerRegistry registry;
    private final LearnerReflections reflections;
    private final MessageSource messages;

    LearnerApiController(PartyMemberRoster roster, LearnerQueries queries, LearnerRegistry registry,
            LearnerReflections reflections, MessageSource messages) {
        this.roster = roster;
        this.queries = queries;
        this.registry = registry;
        this.reflections = reflections;
        this.messages = messages;
    }

    @GetMapping("/members")
    @Operation(summary = "A committee's roster (default: the user's own), by cell and name with or without diacritics")
    PartyMemberPage members(@RequestParam(required = false) Long agency, @RequestParam(required = false) String cell,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user) {
        return roster.list(user, agency == null ? user.agencyId() : agency, cell, q, inactive, page);
    }

    @PostMapping("/members")
    @Operation(summary = "Add a Party member to the committee's roster (its clerk and leaders)")
    ResponseEntity<PartyMemberView> add(@RequestParam Long agency, @Valid @RequestBody PartyMemberForm body,
            @AuthenticationPrincipal CurrentUser user) {
        var member = roster.add(user, agency, body);
        return ResponseEntity.created(URI.create("/api/v1/study/members/" + member.id())).body(member);
    }

    @GetMapping("/members/{id}")
    @Operation(summary = "A Party member of a roster the user reads")
    PartyMemberView member(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return roster.member(user, id);
    }

    @PutMapping("/members/{id}")
    @Operation(summary = "Change a Party member's cell, name, card number, position or key-leader mark")
    PartyMemberView change(@PathVariable Long id, @Valid @RequestBody PartyMemberForm body,
            @AuthenticationPrincipal CurrentUser user) {
        return roster.change(user, id, body);
    }

    @PostMapping("/members/{id}/deactivate")
    @Operation(summary = "Take a member off the active roster (his past learning stays)")
    PartyMemberView deactivate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return roster.deactivate(user, id);
    }

    @PostMapping(path = "/members/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a roster from XLSX or CSV (Chi bộ, Họ và tên, Số thẻ đảng viên, Chức vụ, Cán bộ chủ"
            + " chốt): all rows or none; 422 lists each bad row with its number and reason")
    ResponseEntity<Map<String, Object>> importRoster(@RequestParam Long agency,
            @RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user, Locale locale)
            throws IOException {
        try {
            int imported = roster.importRoster(user, agency, file.getBytes(), file.getOriginalFilename());
            return ResponseEntity.ok(Map.of("imported", imported));
        } catch (PartyMemberImportRefused e) {
            var problems = e.problems().stream().map(p -> Map.<String, Object>of("row", p.row(), "message",
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))).toList();
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("message",
                    messages.getMessage(e.messageKey(), e.arguments(), locale), "problems", problems));
        }
    }

    @GetMapping("/programmes/{id}/committees/{committeeId}/learners")
    @Operation(summary = "A committee's learners in a programme, one page of a cell, with sessions and counts")
    LearnerPage learners(@PathVariable Long id, @PathVariable Long committeeId,
            @RequestParam(required = false) String cell, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user) {
        return queries.page(user, id, committeeId, cell, page);
    }

    @PostMapping("/programmes/{id}/committees/{committeeId}/learners")
    @Operation(summary = "Register the active members of cells (Party members) and the key leaders as learners")
    Map<String, Integer> register(@PathVariable Long id, @PathVariable Long committeeId,
            @RequestBody LearnerRegistration body, @AuthenticationPrincipal CurrentUser user) {
        return Map.of("registered", registry.register(user, id, committeeId, body));
    }

    @GetMapping("/programmes/{id}/committees/{committeeId}/counts")
    @Operation(summary = "Attendance and reflections counted per cell of a committee")
    List<LearnerCounts> counts(@PathVariable Long id, @PathVariable Long committeeId,
            @AuthenticationPrincipal CurrentUser user) {
        return queries.counts(user, id, committeeId);
    }

    @GetMapping("/programmes/{id}/committees/{committeeId}/sessions")
    @Operation(summary = "A committee's sessions: conference, class, make-up classes")
    List<StudySessionView> sessions(@PathVariable Long id, @PathVariable Long committeeId,
            @AuthenticationPrincipal CurrentUser user) {
        return queries.sessions(user, id, committeeId);
    }

    @PostMapping("/programmes/{id}/committees/{committeeId}/sessions")
    @Operation(summary = "Record a session of the committee (conference followed, class, make-up class)")
    StudySessionView hold(@PathVariable Long id, @PathVariable Long committeeId,
            @Valid @RequestBody StudySessionForm body, @AuthenticationPrincipal CurrentUser user) {
        return registry.hold(user, id, committeeId, body);
    }

    @PostMapping("/sessions/{sessionId}/attendance")
    @Operation(summary = "Mark a cell (or the whole committee) present at a session except the absent, with reasons")
    Map<String, Integer> attendance(@PathVariable Long sessionId, @RequestBody AttendanceSheet body,
            @AuthenticationPrincipal CurrentUser user) {
        return Map.of("present", registry.markAttendance(user, sessionId, body));
    }

    @PostMapping("/sessions/{sessionId}/make-up")
    @Operation(summary = "At a make-up class: the absent learners who came have studied (MADE_UP)")
    Map<String, Integer> makeUp(@PathVariable Long sessionId, @RequestBody MakeUpBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return Map.of("madeUp", registry.markMadeUp(user, sessionId, body.learnerIds()));
    }

    @PostMapping("/learners/{id}/reflection")
    @Operation(summary = "Enter a learner's reflection (text); after the due day it is marked late")
    ResponseEntity<Void> reflect(@PathVariable Long id, @RequestBody ReflectionBody body,
            @AuthenticationPrincipal CurrentUser user) {
        reflections.submit(user, id, body.text(), null, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/learners/{id}/grade")
    @Operation(summary = "Grade a submitted reflection (the committee's clerk or leaders)")
    ResponseEntity<Void> grade(@PathVariable Long id, @RequestBody GradeBody body,
            @AuthenticationPrincipal CurrentUser user) {
        reflections.grade(user, id, body.grade());
        return ResponseEntity.noContent().build();
    }
}
