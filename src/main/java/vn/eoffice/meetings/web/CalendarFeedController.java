package vn.eoffice.meetings.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.eoffice.meetings.CalendarFeeds;

/**
 * The secret-URL calendar feeds calendar apps poll without signing in (see {@link FeedSecurityConfiguration}).
 */
@Controller
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> personal(@PathVariable String token) {
        return ResponseEntity.ok().contentType(CALENDAR).header("Cache-Control", "no-store")
                .body(feeds.personal(token));
    }

    @GetMapping("/calendar/feed/{token}/agency.ics")
    ResponseEntity<String> agency(@PathVariable String token) {
        return ResponseEntity.ok().contentType(CALENDAR).header("Cache-Control", "no-store")
                .body(feeds.agency(token));
    }
}
