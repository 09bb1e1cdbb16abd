package vn.eoffice.study.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.study.ReadingList;
import vn.eoffice.study.ReadingView;

@ApiController("/api/v1/study/programmes/{id}/readings")
@Tag(name = "Study readings", description = "The documents a study programme studies: a registered document"
        + " (linked for those who may open it) or an uploaded file")
class ReadingApiController {

    private final ReadingList readings;
    private final FileStorage files;

    ReadingApiController(ReadingList readings, FileStorage files) {
        this.readings = readings;
        this.files = files;
    }

    @GetMapping
    @Operation(summary = "The programme's readings (everyone in the programme)")
    List<ReadingView> list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return readings.list(user, id);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a reading (the organiser): a registered document he may see, or a file, audited")
    ResponseEntity<ReadingView> add(@PathVariable Long id, @RequestParam String title,
            @RequestParam(required = false) Long documentId, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) {
        var added = readings.add(user, id, title, documentId, file == null || file.isEmpty() ? null
                : MaterialController.upload(file));
        return ResponseEntity.created(URI.create("/api/v1/study/programmes/" + id + "/readings")).body(added);
    }

    @GetMapping("/{readingId}/file")
    @Operation(summary = "Download an uploaded reading (everyone in the programme; others get 404)")
    ResponseEntity<InputStreamResource> file(@PathVariable Long id, @PathVariable Long readingId,
            @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(files, readings.file(user, id, readingId));
    }
}
