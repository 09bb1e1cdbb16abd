package vn.eoffice.study.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.InputStreamResource;
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
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.study.Audience;
import vn.eoffice.study.MaterialForm;
import vn.eoffice.study.MaterialKind;
import vn.eoffice.study.MaterialLibrary;

/** A programme's materials: the library, the versions in review, the downloads per committee; drafting a version. */
@Controller
@RequestMapping("/study/programmes/{id}/materials")
class MaterialController {

    private final MaterialLibrary library;
    private final FileStorage files;

    MaterialController(MaterialLibrary library, FileStorage files) {
        this.library = library;
        this.files = files;
    }

    @GetMapping
    String shelf(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("shelf", library.shelf(user, id));
        model.addAttribute("kinds", MaterialKind.values());
        model.addAttribute("audiences", Audience.values());
        return "study/materials";
    }

    /** Drafts a version; the refusal (a missing title or file) is flashed back on the library page. */
    @PostMapping
    String draft(@PathVariable Long id, @RequestParam(required = false) MaterialKind kind,
            @RequestParam(required = false) Audience audience, @RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        String page = "/study/programmes/" + id + "/materials";
        if (kind == null || audience == null || title == null || title.isBlank()) {
            FormPosts.refuse(redirect, "study.material.fields.required");
            return "redirect:" + page;
        }
        return FormPosts.act(redirect, "study.flash.materialDrafted", page, () -> library.draft(user, id,
                new MaterialForm(kind, audience, title), upload(file)));
    }

    @GetMapping("/{materialId}/file")
    ResponseEntity<InputStreamResource> download(@PathVariable Long id, @PathVariable Long materialId,
            @AuthenticationPrincipal CurrentUser user) {
        return FileDownloads.send(files, library.download(user, id, materialId));
    }

    static MaterialLibrary.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("study.material.file.required");
        }
        return new MaterialLibrary.Upload(file.getOriginalFilename(), () -> {
            try {
                return file.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
