package vn.eoffice.notifications.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.NotificationSummary;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.platform.ApiController;

@ApiController("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's own notifications")
class NotificationApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final Notifier notifier;

    NotificationApiController(Notifier notifier) {
        this.notifier = notifier;
    }

    record NotificationPage(List<NotificationSummary> content, int page, int size, long totalElements) {
        static NotificationPage of(Page<NotificationSummary> page) {
            return new NotificationPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    record UnreadCount(long count) {
    }

    record ReadAll(int marked) {
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first")
    NotificationPage list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "false") boolean unreadOnly, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        return NotificationPage.of(notifier.list(user.id(), unreadOnly, pageable));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    UnreadCount unreadCount(@AuthenticationPrincipal CurrentUser user) {
        return new UnreadCount(notifier.unreadCount(user.id()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (404 for anyone else's)")
    NotificationSummary read(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return notifier.markRead(user.id(), id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all of the caller's notifications read")
    ReadAll readAll(@AuthenticationPrincipal CurrentUser user) {
        return new ReadAll(notifier.markAllRead(user.id()));
    }
}
