package vn.eoffice.files.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;

/** The caller's own uploads, newest first, as the "Tệp của tôi" page lists them. */
@ApiController("/api/v1/me/files")
@Tag(name = "Files")
class MyFilesApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final FileStorage storage;

    MyFilesApiController(FileStorage storage) {
        this.storage = storage;
    }

    record FilePage(List<FilesApiController.Metadata> content, int page, int size, long totalElements) {
    }

    @GetMapping
    @Operation(summary = "The files the caller uploaded, newest first")
    FilePage mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var files = storage.uploadedBy(user.id(), PageRequest.of(Math.max(page, 0),
                Math.min(Math.max(size, 1), MAX_PAGE_SIZE))).map(FilesApiController.Metadata::of);
        return new FilePage(files.getContent(), files.getNumber(), files.getSize(), files.getTotalElements());
    }
}
