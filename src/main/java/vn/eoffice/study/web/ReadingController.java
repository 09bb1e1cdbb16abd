package vn.eoffice.study.web;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.study.ReadingList;

/** The documents a programme studies, on the programme's page: adding one, downloading an uploaded one. */
@Controller
@RequestMapping("/study/programmes/{id}/readings")
class ReadingController {

    private final ReadingList readings;
    private final FileStorage files;

    ReadingController(ReadingList readings, FileStorage files) {
        this.readings = readings;
        this.files = files;
    }

    @PostMapping
    String add(@PathVariable Long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) Long documentId, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "study.flash.reading", "/study/programmes/" + id, () -> readings.add(user,
                id, title, documentId, file == null || file.isEmpty() ? null : MaterialController.upload(file)));
    }

    @GetMapping("/{readingId}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable Long id, @PathVariable Long readingId,
            @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(files, readings.file(user, id, readingId));
    }
}
