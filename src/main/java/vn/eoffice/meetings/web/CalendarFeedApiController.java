package vn.eoffice.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.CalendarFeeds;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.PublicBaseUrl;

/**
 * The caller's secret iCalendar feed, as on "Lịch của tôi": its addresses (the caller's meetings, and the agency's
 * leadership calendar), a new secret that ends the old addresses, or no feed at all.
 */
@ApiController("/api/v1/me/calendar-feed")
@Tag(name = "Meetings")
class CalendarFeedApiController {

    private final CalendarFeeds feeds;
    private final PublicBaseUrl publicBaseUrl;

    CalendarFeedApiController(CalendarFeeds feeds, PublicBaseUrl publicBaseUrl) {
        this.feeds = feeds;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** {@code personal}: the caller's meetings; {@code agency}: the agency's leadership calendar. */
    record Feed(String personal, String agency) {
    }

    @GetMapping
    @Operation(summary = "The addresses of the caller's calendar feed (404 when the caller has none)")
    Feed get(@AuthenticationPrincipal CurrentUser user) {
        return feeds.token(user).map(this::feed).orElseThrow(() -> new NotFoundException("calendar feed"));
    }

    @PostMapping
    @Operation(summary = "Give the caller a new secret feed address; the previous addresses stop working")
    Feed renew(@AuthenticationPrincipal CurrentUser user) {
        return feed(feeds.renew(user));
    }

    @DeleteMapping
    @Operation(summary = "End the caller's calendar feed")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user) {
        feeds.revoke(user);
        return ResponseEntity.noContent().build();
    }

    private Feed feed(String token) {
        String base = publicBaseUrl.get();
        return new Feed(base + "/calendar/feed/" + token + ".ics", base + "/calendar/feed/" + token + "/agency.ics");
    }
}
