package vn.eoffice.files.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.files.FileAccess;
import vn.eoffice.files.FileDownloads;
import vn.eoffice.files.FileStorage;
import vn.eoffice.files.StoredFile;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;

@Controller
@RequestMapping("/files")
class FilesController {

    private static final int PAGE_SIZE = 20;

    private final FileStorage storage;
    private final FileAccess access;

    FilesController(FileStorage storage, FileAccess access) {
        this.storage = storage;
        this.access = access;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        fill(model, user, page);
        return "files/index";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal CurrentUser user,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        try {
            StoredFile stored = store(user, file);
            if (htmx == null) {
                redirect.addFlashAttribute("flash", "files.uploaded");
                return "redirect:/files";
            }
            model.addAttribute("uploaded", stored);
        } catch (DomainException e) {
            model.addAttribute("refusal", e);
        }
        fill(model, user, 0);
        return htmx == null ? "files/index" : "files/index :: panel";
    }

    @GetMapping("/{id}/download")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return FileDownloads.send(storage, access.readable(user, id));
    }

    @GetMapping("/{id}/text-status")
    String textStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        model.addAttribute("file", access.readable(user, id));
        return "files/text-status :: cell";
    }

    private StoredFile store(CurrentUser user, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DomainException(file == null || file.getOriginalFilename() == null
                    || file.getOriginalFilename().isEmpty() ? "files.missing" : "files.empty");
        }
        try (InputStream in = file.getInputStream()) {
            return storage.store(file.getOriginalFilename(), in, user.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(Model model, CurrentUser user, int page) {
        var files = storage.uploadedBy(user.id(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("files", files);
        model.addAttribute("rows", files.map(FileRow::of).getContent());
        model.addAttribute("maxMegabytes", storage.maxFileSizeMegabytes());
    }
}
