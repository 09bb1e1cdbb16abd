package vn.eoffice.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.exchange.SisterClerk;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.signing.SignatureVerification;
import vn.eoffice.signing.SigningService;
import vn.eoffice.signing.TestCertificates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of an incoming document, each person starting from their own "Việc cần làm" and following only
 * what it shows them: the clerk registers and submits it, the leader directs it to a unit, the unit head hands it
 * down, the officer reports progress and completion, the unit head accepts the result and drafts the reply, the
 * deputy head reviews its content, the head of the commission approves and signs it, the clerk releases it, and the
 * commune's clerk receives it by exchange. Prints the clicks each person needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class DocumentLifeBrowserTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SigningService signing;
    @Autowired SignatureVerification verification;
    @Autowired UserDetailsService accounts;

    private final Map<String, Integer> clicks = new LinkedHashMap<>();

    @AfterEach
    void removeKeys() {
        TestCertificates.remove(signing, verification, as("truongban"), as("admin"));
    }

    @Test
    void everyoneStartsFromTheirQueueFromRegistrationToTheCommunesArrival() throws Exception {
        TestCertificates.install(signing, verification, as("truongban"), as("admin"));
        var commune = SisterClerk.of(context);
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String notation = "45-CV/" + tag;
        String summary = "Về việc tổ chức học tập, quán triệt Nghị quyết " + tag;
        String handDown = "Chuẩn bị nội dung học tập Nghị quyết " + tag;
        String reply = "Báo cáo kết quả tổ chức học tập Nghị quyết " + tag;

        try (var clerk = Browser.open(port)) {
            clerk.login("vanthu", "demo123");
            clerk.go("/documents/incoming");
            clerk.clickAndWait(By.linkText("Vào sổ văn bản đến"));
            clerk.find(By.id("issuerName")).sendKeys("Đảng ủy phường Điện Biên Phủ");
            clerk.find(By.id("notation")).sendKeys(notation);
            clerk.find(By.id("documentDate")).sendKeys(OfficeDate.today().minusDays(1).format(DAY));
            new Select(clerk.find(By.id("urgency"))).selectByVisibleText("Hỏa tốc");
            clerk.find(By.id("summary")).sendKeys(summary);
            clerk.find(By.id("deadline")).sendKeys(OfficeDate.today().plusDays(20).format(DAY));
            clerk.clickAndWait(By.cssSelector("form button[type=submit].btn-primary"));
            assertThat(success(clerk)).contains("Đã vào sổ văn bản đến");

            clerk.pick("leaderId", "Lò Văn Thắng");
            clerk.clickAndWait(By.cssSelector("form[action$='/submit'] button"));
            assertThat(success(clerk)).contains("Đã trình lãnh đạo");
            clicks.put("văn thư vào sổ và trình", clerk.clicks());
        }

        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            openFromQueue(leader, "Văn bản chờ cho ý kiến chỉ đạo", summary);
            assertThat(leader.heading()).contains(summary);
            assertThat(leader.pick("leadUnitId", "tuyen truyen")).containsExactly("Phòng Tuyên truyền, Báo chí – Xuất bản");
            // the directive starts from the document's own deadline
            assertThat(leader.find(By.cssSelector("form[action$='/directive'] [name=deadline]")).getDomProperty("value"))
                    .isEqualTo(OfficeDate.today().plusDays(20).format(DAY));
            leader.find(By.id("opinion")).sendKeys("Giao Phòng Tuyên truyền chủ trì, báo cáo kết quả.");
            leader.clickAndWait(By.cssSelector("form[action$='/directive'] button[type=submit]"));
            assertThat(success(leader)).contains("Đã ghi ý kiến chỉ đạo");
            clicks.put("lãnh đạo cho ý kiến chỉ đạo", leader.clicks());
        }

        try (var head = Browser.open(port)) {
            head.login("truongphong", "demo123");
            openFromQueue(head, "Việc của phòng chờ giao việc tiếp", notation);
            var form = head.find(By.cssSelector("form[action$='/subtasks']"));
            var title = form.findElement(By.name("title"));
            title.clear();
            title.sendKeys(handDown);
            assertThat(head.pickField(form, "lead", "Hùng")).containsExactly("Quàng Văn Hùng");
            var deadline = form.findElement(By.name("deadline"));
            deadline.clear();
            deadline.sendKeys(OfficeDate.today().plusDays(10).format(DAY));
            head.clickAndWait(By.cssSelector("form[action$='/subtasks'] button"));
            assertThat(head.pageText()).contains(handDown);
            clicks.put("trưởng phòng giao việc tiếp", head.clicks());
        }

        try (var officer = Browser.open(port)) {
            officer.login("chuyenvien", "demo123");
            openFromQueue(officer, "Việc tôi chủ trì cần báo cáo", handDown);
            var percent = officer.find(By.cssSelector("form[action$='/progress'] [name=percent]"));
            percent.clear();
            percent.sendKeys("60");
            officer.clickAndWait(By.cssSelector("form[action$='/progress'] button"));
            officer.waitForText("Cập nhật tiến độ 60%");
            officer.find(By.cssSelector("form[action$='/complete'] textarea")).sendKeys("Đã chuẩn bị xong nội dung.");
            officer.clickAndWait(By.cssSelector("form[action$='/complete'] button"));
            officer.waitForText("Báo cáo hoàn thành lúc");
            clicks.put("chuyên viên báo cáo tiến độ và hoàn thành", officer.clicks());
        }

        try (var head = Browser.open(port)) {
            head.login("truongphong", "demo123");
            openFromQueue(head, "Kết quả chờ tôi duyệt", handDown);
            head.find(By.id("accept-comment")).sendKeys("Đạt yêu cầu.");
            head.clickAndWait(By.cssSelector("form[action$='/accept'] button"));
            assertThat(success(head)).contains("Đã duyệt kết quả");
            clicks.put("trưởng phòng duyệt kết quả", head.clicks());
        }

        File body = pdf();
        try (var head = Browser.open(port)) {
            head.login("truongphong", "demo123");
            // every part handed down is accepted: the unit's own task now waits for its report, which is the reply
            openFromQueue(head, "Việc tôi chủ trì cần báo cáo", notation);
            head.clickAndWait(By.partialLinkText(notation + " — "));
            assertThat(head.heading()).contains(summary);
            head.clickAndWait(By.linkText("Soạn văn bản trả lời"));
            var summaryField = head.find(By.id("summary"));
            summaryField.clear();
            summaryField.sendKeys(reply);
            head.find(By.id("body")).sendKeys(body.getAbsolutePath());
            head.pick("agencyIds", "Đảng ủy phường Điện Biên Phủ");
            head.clickAndWait(By.cssSelector("form[action$='/documents/outgoing'] button[type=submit]"));
            assertThat(head.heading()).contains(reply);

            // the usual circuit is proposed (content, form, approval by the leader who directed the document); the
            // unit head asks the deputy head for the content and the head of the commission to approve and sign
            assertThat(new Select(head.find(By.id("kind-2"))).getFirstSelectedOption().getDomProperty("value"))
                    .isEqualTo("APPROVAL");
            assertThat(head.chips("reviewer-2")).containsExactly("Lò Văn Thắng");
            chooseReviewer(head, "reviewer-0", "Lò Văn Thắng");
            chooseReviewer(head, "reviewer-2", "Nguyễn Thị Hương");
            head.clickAndWait(By.cssSelector("form[action$='/circuit'] button[type=submit]"));
            success(head);
            clicks.put("trưởng phòng soạn và trình dự thảo trả lời", head.clicks());
        }

        try (var leader = Browser.open(port)) {
            leader.login("lanhdao", "demo123");
            openFromQueue(leader, "Dự thảo chờ tôi duyệt", reply);
            leader.clickAndWait(By.cssSelector("form[action$='/review'] button[value=APPROVE]"));
            success(leader);
            clicks.put("phó trưởng ban thường trực duyệt nội dung", leader.clicks());
        }

        try (var signer = Browser.open(port)) {
            signer.login("truongban", "demo123");
            openFromQueue(signer, "Dự thảo chờ tôi duyệt", reply);
            signer.clickAndWait(By.cssSelector("form[action$='/review'] button[value=APPROVE]"));
            openFromQueue(signer, "Văn bản chờ tôi ký", reply);
            signer.find(By.id("sign-password")).sendKeys("demo123");
            signer.clickAndWait(By.cssSelector("form[action$='/sign'] button[type=submit]"));
            success(signer);
            assertThat(signer.pageText()).contains("Hợp lệ");
            clicks.put("trưởng ban phê duyệt và ký số", signer.clicks());
        }

        String released;
        try (var clerk = Browser.open(port)) {
            clerk.login("vanthu", "demo123");
            openFromQueue(clerk, "Văn bản chờ phát hành", reply);
            new Select(clerk.find(By.id("registerId"))).selectByVisibleText("Sổ văn bản đi");
            clerk.clickAndWait(By.cssSelector("form[action$='/release'] button[type=submit]"));
            success(clerk);
            released = clerk.heading();
            clicks.put("văn thư cấp số và phát hành", clerk.clicks());
        }

        try (var communeClerk = Browser.open(port)) {
            communeClerk.login(SisterClerk.USERNAME, SisterClerk.PASSWORD);
            openFromQueueWhenArrived(communeClerk, "Văn bản điện tử đến chờ tiếp nhận", reply);
            assertThat(communeClerk.pageText()).contains(reply, "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên");
            communeClerk.clickAndWait(By.linkText("Tiếp nhận"));
            communeClerk.clickAndWait(By.cssSelector("form[action$='/accept'] button[type=submit]"));
            assertThat(success(communeClerk))
                    .contains("Đã tiếp nhận và vào sổ văn bản");
            assertThat(communeClerk.heading()).contains(reply);
            clicks.put("văn thư đảng ủy phường tiếp nhận", communeClerk.clicks());
        }
        assertThat(commune.agencyId()).isNotNull();
        System.out.println("[journey] " + released + " — clicks per person " + clicks + ", total "
                + clicks.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Opens the queue from the navigation and the waiting record from it; a record beyond the few the queue names is
     * found through the step's own list, the way the queue offers it.
     */
    private static void openFromQueue(Browser browser, String step, String record) {
        browser.clickAndWait(By.cssSelector("#queue-nav a[href='/queue']"));
        var kind = browser.find(By.xpath("//li[@data-queue-kind][.//a[normalize-space()='" + step + "']]"));
        var named = kind.findElements(By.partialLinkText(record));
        if (named.isEmpty()) {
            browser.clickAndWait(By.linkText(step));
            browser.clickAndWait(By.partialLinkText(record));
            return;
        }
        browser.clickAndWait(By.xpath("//li[@data-queue-kind][.//a[normalize-space()='" + step
                + "']]//a[contains(@class,'queue-item')][contains(., '" + record + "')]"));
    }

    /** The package travels in the background; the clerk looks at the queue again until it is there. */
    private static void openFromQueueWhenArrived(Browser browser, String step, String record) throws Exception {
        for (int attempt = 0; attempt < 30; attempt++) {
            browser.go("/queue");
            if (!browser.driver().findElements(By.partialLinkText(record)).isEmpty()) {
                openFromQueue(browser, step, record);
                return;
            }
            Thread.sleep(1000);
        }
        openFromQueue(browser, step, record);
    }

    /** The page's success message; without one, the page's text tells what the person saw instead. */
    private static String success(Browser browser) {
        try {
            return browser.find(By.cssSelector(".alert-success")).getText();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no success message at " + browser.driver().getCurrentUrl() + ":\n"
                    + browser.pageText(), e);
        }
    }

    private static void chooseReviewer(Browser browser, String id, String text) {
        assertThat(browser.pick(id, text)).as("reviewer " + text).containsExactly(text);
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    private static File pdf() throws IOException {
        File file = Files.createTempFile("tra-loi", ".pdf").toFile();
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file);
        }
        file.deleteOnExit();
        return file;
    }
}
