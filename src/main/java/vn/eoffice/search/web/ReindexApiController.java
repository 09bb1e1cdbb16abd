package vn.eoffice.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.eoffice.platform.ApiController;
import vn.eoffice.search.ReindexProgress;
import vn.eoffice.search.Reindexing;

@ApiController("/api/v1/admin/search/reindex")
@Tag(name = "Search")
@PreAuthorize("hasRole('ADMIN')")
class ReindexApiController {

    private final Reindexing reindexing;

    ReindexApiController(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start rebuilding the search index in the background (no-op while one is running)")
    ReindexProgress start() {
        return reindexing.start();
    }

    @GetMapping
    @Operation(summary = "Progress of the last re-index: entries done out of the total")
    ReindexProgress progress() {
        return reindexing.progress();
    }
}
