package vn.eoffice.notifications;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.UserManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class NotificationWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired UserManagement users;
    @Autowired Notifier notifier;
    @Autowired NotificationSettings settings;
    @Autowired Notifications notifications;

    @Test
    void listShowsOwnNotificationsUnreadInBoldWithTheBadgeCount() throws Exception {
        String marker = unique();
        notify("lanhdao", marker, "/profile");

        mvc.perform(get("/notifications").with(as("lanhdao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker)))
                .andExpect(content().string(containsString("fw-bold")))
                .andExpect(model().attribute("unreadNotifications", notifier.unreadCount(id("lanhdao"))));
    }

    @Test
    void markReadReturnsTheUpdatedRowForHtmx() throws Exception {
        Long id = notify("lanhdao", unique(), null);

        mvc.perform(post("/notifications/{id}/read", id).header("HX-Request", "true").with(csrf()).with(as("lanhdao")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notification-" + id + "\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("hx-post"))))
                .andExpect(model().attributeDoesNotExist("unreadNotifications"));
        assertThat(unread(id)).isFalse();
    }

    @Test
    void markReadWithoutJavaScriptComesBackToTheList() throws Exception {
        Long id = notify("lanhdao", unique(), null);

        mvc.perform(post("/notifications/{id}/read", id).with(csrf()).with(as("lanhdao")))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(unread(id)).isFalse();
    }

    @Test
    void openingANotificationMarksItReadAndFollowsItsLink() throws Exception {
        Long id = notify("lanhdao", unique(), "/profile");

        mvc.perform(post("/notifications/{id}/open", id).with(csrf()).with(as("lanhdao")))
                .andExpect(redirectedUrl("/profile"));
        assertThat(unread(id)).isFalse();
    }

    @Test
    void someoneElsesNotificationIsNotFound() throws Exception {
        Long id = notify("truongban", unique(), null);

        mvc.perform(post("/notifications/{id}/read", id).with(csrf()).with(as("lanhdao")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/open", id).with(csrf()).with(as("lanhdao")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/{id}/read", id).with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isNotFound());
        assertThat(unread(id)).isTrue();
    }

    @Test
    void markAllReadEmptiesTheCounter() throws Exception {
        notify("vanthu", unique(), null);

        mvc.perform(post("/notifications/read-all").with(csrf()).with(as("vanthu")))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("flash", "notifications.allRead"));
        assertThat(notifier.unreadCount(id("vanthu"))).isZero();
    }

    @Test
    void savesEmailChoicesAndShowsTheAddress() throws Exception {
        mvc.perform(get("/notifications/preferences").with(as("truongphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("truongphong@btgdv.dienbien.demo")));

        mvc.perform(post("/notifications/preferences").param("email", "TASK", "MEETING")
                        .with(csrf()).with(as("truongphong")))
                .andExpect(redirectedUrl("/notifications/preferences"))
                .andExpect(flash().attribute("flash", "notifications.preferences.saved"));

        var choices = settings.emailChoices(id("truongphong"));
        assertThat(EnumSet.allOf(Category.class)).allSatisfy(category -> assertThat(choices.get(category))
                .as(category.name()).isEqualTo(category == Category.TASK || category == Category.MEETING));

        mvc.perform(post("/notifications/preferences").with(csrf()).with(as("truongphong")))
                .andExpect(redirectedUrl("/notifications/preferences"));
        assertThat(settings.emailChoices(id("truongphong")).values()).containsOnly(false);
    }

    @Test
    void streamStartsWithTheUnreadCount() throws Exception {
        notify("chuyenvien", unique(), null);
        long unread = notifier.unreadCount(id("chuyenvien"));

        var result = mvc.perform(get("/notifications/stream").accept(MediaType.TEXT_EVENT_STREAM)
                        .with(as("chuyenvien")))
                .andExpect(request().asyncStarted())
                .andReturn();

        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(result.getResponse().getHeader("X-Accel-Buffering")).isEqualTo("no");
        assertThat(result.getResponse().getContentAsString()).contains("event:unread\ndata:" + unread + "\n");
    }

    @Test
    void streamNeedsASignedInPerson() throws Exception {
        mvc.perform(get("/notifications/stream").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void apiListsCountsAndMarksTheCallersNotifications() throws Exception {
        Long first = notify("lanhdao", unique(), "/profile");
        Long second = notify("lanhdao", unique(), null);
        long unread = notifier.unreadCount(id("lanhdao"));

        mvc.perform(get("/api/v1/notifications/unread-count").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(unread));
        mvc.perform(get("/api/v1/notifications").param("unreadOnly", "true").param("size", "100")
                        .with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem(first.intValue())))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.totalElements").value(unread));
        mvc.perform(post("/api/v1/notifications/{id}/read", first).with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(first))
                .andExpect(jsonPath("$.readAt").isNotEmpty());
        mvc.perform(post("/api/v1/notifications/read-all").with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(unread - 1));
        assertThat(unread(second)).isFalse();
    }

    @Test
    void noBadgeCountWithoutASignedInPerson() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("unreadNotifications"));
    }

    private Long notify(String username, String name, String link) {
        return notifier.notify(id(username), Category.DELEGATION, "notifications.delegation.deputy",
                new Object[] { name, "01/01/2030", "02/01/2030" }, link);
    }

    private boolean unread(Long notificationId) {
        return notifications.findById(notificationId).orElseThrow().getReadAt() == null;
    }

    private Long id(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private static String unique() {
        return "Người thử " + UUID.randomUUID().toString().substring(0, 8);
    }
}
