package vn.eoffice.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.eoffice.OfficeDate;
import vn.eoffice.TestDatabase;
import vn.eoffice.monitoring.CommitteeFixtures;
import vn.eoffice.monitoring.CommitteeReporting;
import vn.eoffice.monitoring.DocumentKind;
import vn.eoffice.monitoring.MonitoredDocumentForm;
import vn.eoffice.monitoring.MonitoringManagement;
import vn.eoffice.monitoring.ReportingFrequency;
import vn.eoffice.organization.OrganizationDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune committee's clerk finds the report his committee owes in his queue, fills it in and sends it; the
 * commission's leader sees the committee's light turn from amber to green.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class MonitoringCommitteesBrowserTests {

    @LocalServerPort int port;
    @Autowired CommitteeFixtures fixtures;
    @Autowired MonitoringManagement monitoring;
    @Autowired CommitteeReporting reporting;
    @Autowired OrganizationDirectory organization;

    @Test
    void theCommuneClerkReportsFromHisQueueAndTheLightTurnsGreen() throws Exception {
        var commune = fixtures.hosted();
        var leader = fixtures.account("lanhdao");
        var today = OfficeDate.today();
        String title = "Chỉ thị báo cáo tháng " + java.util.UUID.randomUUID().toString().substring(0, 6);
        // last month's report falls due in two days
        var document = monitoring.register(leader, new MonitoredDocumentForm(DocumentKind.DIRECTIVE, title, null, null,
                null, null, organization.units(leader.agencyId(), today).get(0).id(), ReportingFrequency.MONTHLY,
                today.withDayOfMonth(1).minusMonths(1), today.plusYears(1), today.getDayOfMonth() + 1));
        reporting.chooseCommittees(leader, document.id(), java.util.Set.of(commune.id()));
        String board = "/monitoring/" + document.id() + "/committees";
        By row = By.id("committee-" + commune.id());

        try (var browser = Browser.open(port).login("lanhdao", "demo123")) {
            browser.go(board);
            assertThat(browser.find(row).getText()).contains("Vàng").doesNotContain("Xanh");
        }
        try (var browser = Browser.open(port).login(commune.clerkLogin(), "Secret123x")) {
            browser.go("/queue");
            assertThat(browser.pageText()).contains("Báo cáo thực hiện cấp ủy cần gửi Ban");
            browser.clickAndWait(By.partialLinkText(title));
            assertThat(browser.heading()).contains("Báo cáo thực hiện của cấp ủy");
            browser.find(By.id("done")).sendKeys("Đã quán triệt chỉ thị tới 100% chi bộ");
            browser.find(By.id("difficulties")).sendKeys("Một số thôn ở xa, đi lại khó khăn");
            browser.clickAndWait(By.id("submit-committee-report"));
            assertThat(browser.pageText()).contains("Xanh");
            browser.screenshot("committee-report-sent");
        }
        try (var browser = Browser.open(port).login("lanhdao", "demo123")) {
            browser.go(board);
            assertThat(browser.find(row).getText()).contains("Xanh").doesNotContain("Vàng");
            browser.screenshot("committee-board-green");
        }
    }
}
