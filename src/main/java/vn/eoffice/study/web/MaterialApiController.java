package vn.eoffice.study.web;

import java.net.URI;

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
import vn.eoffice.study.Audience;
import vn.eoffice.study.MaterialForm;
import vn.eoffice.study.MaterialKind;
import vn.eoffice.study.MaterialLibrary;
import vn.eoffice.study.MaterialShelf;
import vn.eoffice.study.MaterialView;

@ApiController("/api/v1/study")
@Tag(name = "Study materials", description = "A study programme's materials: each version reviewed as an internal"
        + " document, in the library once approved, every download counted per committee and person")
class MaterialApiController {

    private final MaterialLibrary library;
    private final FileStorage files;

    MaterialApiController(MaterialLibrary library, FileStorage files) {
        this.library = library;
        this.files = files;
    }

    @GetMapping("/programmes/{id}/materials")
    @Operation(summary = "The materials: the library (approved versions) with downloads; versions in review for the"
            + " organiser; downloads per committee (a committee: its own)")
    MaterialShelf materials(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return library.shelf(user, id);
    }

    @PostMapping(path = "/programmes/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Draft a new version of a material (the organiser): an internal draft to send through the"
            + " review circuit; in the library once it has passed it")
    ResponseEntity<MaterialView> draftMaterial(@PathVariable Long id, @RequestParam MaterialKind kind,
            @RequestParam Audience audience, @RequestParam String title,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user) {
        var drafted = library.draft(user, id, new MaterialForm(kind, audience, title),
                MaterialController.upload(file));
        return ResponseEntity.created(URI.create("/api/v1/study/programmes/" + id + "/materials")).body(drafted);
    }

    @GetMapping("/programmes/{id}/materials/{materialId}/file")
    @Operation(summary = "Download a material (in the library; a version in review only for the organiser);"
            + " counted per committee and person; others get 404")
    ResponseEntity<InputStreamResource> download(@PathVariable Long id, @PathVariable Long materialId,
            @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(files, library.download(user, id, materialId));
    }
}
