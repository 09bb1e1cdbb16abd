package vn.eoffice.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.TestDatabase;
import vn.eoffice.exchange.ExchangeGateway;
import vn.eoffice.exchange.Releases;
import vn.eoffice.exchange.SisterClerk;
import vn.eoffice.exchange.StatusCode;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange in the browser, both agencies hosted in this installation (local transport): the demo commission
 * releases a document to the sister agency, whose clerk finds it in the "to receive" queue and accepts it (an
 * arrival number in her register); the commission's clerk then sees 03 in the recipient's status timeline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class ExchangeBrowserTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired ExchangeGateway gateway;
    @Autowired UserDetailsService accounts;

    @Test
    void theReceivingClerkAcceptsThePackageAndTheSenderSeesItAccepted() throws Exception {
        SisterClerk.of(context);
        var senderClerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        String summary = "Về việc phối hợp tuyên truyền bầu cử " + UUID.randomUUID().toString().substring(0, 6);
        var sent = Releases.release(context, "chuyenvien", summary, List.of(SisterClerk.agencyId(context)), null);
        waitUntil("the package to arrive", () -> StatusCode.ARRIVED.equals(lastStatus(senderClerk, sent.getId())));

        try (var clerk = Browser.open(port)) {
            clerk.login(SisterClerk.USERNAME, SisterClerk.PASSWORD);
            clerk.go("/exchange/inbox");
            assertThat(clerk.heading()).isEqualTo("Văn bản điện tử chờ tiếp nhận");
            assertThat(clerk.pageText()).contains(summary, "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên");
            clerk.clickAndWait(By.linkText(sent.getNotation()));
            assertThat(clerk.heading()).contains(sent.getNotation());
            assertThat(clerk.pageText()).contains(summary, "Chờ tiếp nhận", "du-thao.pdf");

            clerk.clickAndWait(By.linkText("Tiếp nhận"));
            assertThat(clerk.heading()).isEqualTo("Tiếp nhận văn bản điện tử");
            // the package's date is kept in the date field, shown dd/MM/yyyy whatever the browser's language
            assertThat(clerk.find(By.id("documentDate")).getDomProperty("value"))
                    .isEqualTo(sent.getDocumentDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            clerk.clickAndWait(By.cssSelector("form[action$='/accept'] button[type=submit]"));
            assertThat(clerk.find(By.cssSelector(".alert-success")).getText())
                    .contains("Đã tiếp nhận và vào sổ văn bản");
            assertThat(clerk.heading()).contains(summary);
            assertThat(clerk.pageText()).contains(sent.getNotation(), "đã vào sổ văn bản đến");
            clerk.screenshot("exchange-accepted-by-receiver");
        }

        waitUntil("03 to come back", () -> StatusCode.ACCEPTED.equals(lastStatus(senderClerk, sent.getId())));
        try (var sender = Browser.open(port)) {
            sender.login("vanthu", "demo123");
            sender.go("/documents/outgoing/" + sent.getId());
            var timeline = sender.find(By.id("exchange-deliveries"));
            sender.waitForText("Đã tiếp nhận");
            assertThat(timeline.getText()).contains("Đảng ủy phường Điện Biên Phủ", "01", "Đã đến", "03",
                    "Đã tiếp nhận", "Số đến");
            sender.screenshot("exchange-sender-sees-accepted");
        }
    }

    private String lastStatus(CurrentUser clerk, Long documentId) {
        var deliveries = gateway.deliveries(clerk, documentId);
        return deliveries.isEmpty() ? null : deliveries.get(0).delivery().getLastStatus();
    }

    private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        var end = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
