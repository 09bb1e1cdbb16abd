package vn.eoffice.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The queue page lists every kind that concerns the person with its count and link; every full page carries the
 * navigation with the counts, htmx fragments do not.
 */
@IntegrationTest
@AutoConfigureMockMvc
class QueueWebIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired WorkQueue queue;
    @Autowired org.springframework.beans.factory.ObjectProvider<WaitingWork> contributions;

    @Test
    void leaderSeesTheKindsOfEveryModuleWithTheirLinks() throws Exception {
        var leader = accounts.loadUserByUsername("lanhdao");
        var steps = queue.of((Actor) leader);
        var direct = steps.stream().filter(s -> s.kind().equals("queue.documents.TO_DIRECT")).findFirst().orElseThrow();
        mvc.perform(get("/queue").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Việc cần làm")))
                .andExpect(content().string(containsString("Văn bản chờ cho ý kiến chỉ đạo")))
                .andExpect(content().string(containsString("Kết quả chờ tôi duyệt")))
                .andExpect(content().string(containsString("Giấy mời họp chờ trả lời")))
                .andExpect(content().string(containsString("href=\"/documents/incoming?box=AWAITING_DIRECTIVE\"")))
                .andExpect(content().string(containsString(">" + direct.badge() + "<")))
                .andExpect(content().string(not(containsString("Văn bản chờ phát hành"))))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString().split("<h1", -1))
                        .as("the page's content is rendered once").hasSize(2));
    }

    @Test
    void clerkSeesReleaseAndExchangeKindsInTheNavigationOfAnyPage() throws Exception {
        var clerk = accounts.loadUserByUsername("vanthu");
        mvc.perform(get("/tasks").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"queue-nav\"")))
                .andExpect(content().string(containsString("Văn bản chờ phát hành")))
                .andExpect(content().string(containsString("Văn bản điện tử đến chờ tiếp nhận")));
        mvc.perform(get("/tasks").header("HX-Request", "true").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"queue-nav\""))));
    }

    /** Prints what the navigation's counts cost per page for the demo's people (no timing is asserted). */
    @Test
    void printsTheCostOfTheCountsPerPerson() {
        for (String username : java.util.List.of("vanthu", "lanhdao", "truongphong", "chuyenvien")) {
            var actor = (Actor) accounts.loadUserByUsername(username);
            var kinds = queue.of(actor).size();
            long[] micros = new long[50];
            for (int i = 0; i < micros.length; i++) {
                long start = System.nanoTime();
                queue.of(actor);
                micros[i] = (System.nanoTime() - start) / 1000;
            }
            java.util.Arrays.sort(micros);
            System.out.printf("queue counts for %s: %d kinds, p50 %.1f ms, p95 %.1f ms%n", username, kinds,
                    micros[25] / 1000.0, micros[47] / 1000.0);
            contributions.orderedStream().forEach(work -> {
                long start = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    work.waitingFor(actor);
                }
                System.out.printf("  %s: %.1f ms per call%n", work.getClass().getSimpleName().replaceAll("\\$.*", ""),
                        (System.nanoTime() - start) / 20e6);
            });
            assertThat(kinds).isPositive();
        }
    }

    @Test
    void administratorHasNothingWaiting() throws Exception {
        mvc.perform(get("/queue").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có việc nào đang chờ đồng chí.")));
    }
}
