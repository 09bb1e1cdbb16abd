package vn.eoffice.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.documents.DocumentManagement;
import vn.eoffice.documents.IncomingDetails;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader starts from the navigation's "Việc cần làm", opens the queue and reaches the directive form of a
 * submitted document in one click.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class QueueBrowserTests {

    @LocalServerPort int port;
    @Autowired DocumentManagement documents;
    @Autowired RegisterManagement registers;
    @Autowired UserDetailsService accounts;

    @Test
    void leaderReachesTheDirectiveFormFromTheQueueInOneClick() throws Exception {
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var leader = (CurrentUser) accounts.loadUserByUsername("lanhdao");
        String summary = "Về việc hướng dẫn tuyên truyền kỷ niệm " + UUID.randomUUID().toString().substring(0, 8);
        var register = registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).stream()
                .filter(r -> !r.secretOnly()).findFirst().orElseThrow();
        // urgent, so that it comes first in the leader's box and on the queue
        var document = documents.registerIncoming(clerk, new IncomingDetails(register.id(),
                "31-HD/" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today(), "HD", summary, null,
                "Ban Tuyên giáo Trung ương", null, null, null, Urgency.FLASH, Secrecy.NONE, 1, 1, null, null),
                List.of());
        documents.submit(clerk, document.getId(), leader.id());

        try (var browser = Browser.open(port)) {
            browser.login("lanhdao", "demo123");
            browser.clickAndWait(By.cssSelector("#queue-nav a[href='/queue']"));
            assertThat(browser.heading()).contains("Việc cần làm");
            assertThat(browser.pageText()).contains("Văn bản chờ cho ý kiến chỉ đạo", summary);
            browser.screenshot("queue-leader");

            browser.clickAndWait(By.partialLinkText(summary));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/documents/" + document.getId() + "#directive");
            assertThat(browser.heading()).contains(summary);
            assertThat(browser.find(By.cssSelector("#directive form")).isDisplayed()).isTrue();
            browser.screenshot("queue-directive-form");
        }
    }
}
