package vn.eoffice.documents;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;
import vn.eoffice.OfficeDate;
import vn.eoffice.audit.AuditLine;
import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.notifications.Category;
import vn.eoffice.notifications.NotificationSummary;
import vn.eoffice.notifications.Notifier;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.Secrecy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 20: a person without clearance sees no trace of a secret document on any channel. Here the channels the
 * tester found leaking: notifications (title, count), the audit log's lines and details, and secret work given to a
 * unit whose head may not know of it.
 */
@IntegrationTest
class SecretChannelsIntegrationTests {

    @Autowired UserDetailsService accounts;
    @Autowired DocumentManagement documents;
    @Autowired Directives directives;
    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;
    @Autowired Notifier notifier;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transactions;

    @Test
    void aNotificationAboutASecretRecordReachesOnlyThoseClearedForIt() {
        var uncleared = as("phokhoagiao");
        var cleared = as("truongphong");
        String marker = "Mật " + UUID.randomUUID();
        long before = notifier.unreadCount(uncleared.id());
        var none = transactions.execute(s -> notifier.notify(uncleared.id(), Category.TASK, Secrecy.MAT,
                "notifications.task.assigned", new Object[] { marker, OfficeDate.today() }, "/tasks/1"));
        var sent = transactions.execute(s -> notifier.notify(cleared.id(), Category.TASK, Secrecy.MAT,
                "notifications.task.assigned", new Object[] { marker, OfficeDate.today() }, "/tasks/1"));
        assertThat(none).isNull();
        assertThat(sent).isNotNull();
        assertThat(notifier.unreadCount(uncleared.id())).isEqualTo(before);
        assertThat(notifier.list(uncleared.id(), PageRequest.of(0, 50)).getContent())
                .extracting(NotificationSummary::title).noneMatch(title -> title.contains(marker));
        assertThat(notifier.list(cleared.id(), PageRequest.of(0, 50)).getContent())
                .extracting(NotificationSummary::title).anyMatch(title -> title.contains(marker));
    }

    @Test
    void secretWorkForAUnitWhoseHeadIsNotClearedIsRefusedNamingTheClearance() {
        var clerk = as("vanthu");
        var leader = as("lanhdao");
        Long culture = organization.units(clerk.agencyId(), OfficeDate.today()).stream()
                .filter(u -> "KGVH".equals(u.abbreviation())).findFirst().orElseThrow().id();
        var document = transactions.execute(s -> {
            var registered = documents.registerIncoming(clerk, details(clerk, Secrecy.MAT, "Báo cáo mật "
                    + UUID.randomUUID()), List.of());
            documents.submit(clerk, registered.getId(), leader.id());
            return registered;
        });
        var toCulture = new DirectiveForm(culture, null, Set.of(), Set.of(), Set.of(), OfficeDate.today().plusDays(5),
                "Phòng Khoa giáo chủ trì");
        assertThatThrownBy(() -> transactions.execute(s -> directives.direct(leader, document.getId(), toCulture)))
                .isInstanceOf(DomainException.class).hasMessage("directive.unit.notCleared");
        assertThat(notifier.list(as("phokhoagiao").id(), PageRequest.of(0, 50)).getContent())
                .extracting(NotificationSummary::link).doesNotContain("/documents/" + document.getId());
    }

    @Test
    void anAdministratorWithoutClearanceSeesNoAuditLineOfASecretDocument() {
        var clerk = as("vanthu");
        String summary = "Tình hình an ninh tư tưởng " + UUID.randomUUID();
        var secret = transactions.execute(s -> documents.registerIncoming(clerk, details(clerk, Secrecy.MAT,
                summary), List.of()));
        var open = transactions.execute(s -> documents.registerIncoming(clerk, details(clerk, Secrecy.NONE,
                summary), List.of()));
        var admin = as("admin");
        assertThat(linesAbout(admin, secret.getId())).as("uncleared administrator").isEmpty();
        assertThat(linesAbout(admin, open.getId())).extracting(AuditLine::action).contains("DOCUMENT_REGISTERED");
        assertThat(linesAbout(as("lanhdao"), secret.getId())).extracting(AuditLine::action)
                .contains("DOCUMENT_REGISTERED");
        assertThat(linesAbout(admin, null)).extracting(AuditLine::details)
                .noneMatch(details -> details != null && details.contains(secret.getNotation()));
    }

    private List<AuditLine> linesAbout(CurrentUser viewer, Long documentId) {
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(viewer, null,
                viewer.getAuthorities()));
        try {
            return audit.find(new AuditQuery(null, null, documentId == null ? null : "DOCUMENT",
                    documentId == null ? null : documentId.toString(), null, null, null), PageRequest.of(0, 200))
                    .getContent();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private IncomingDetails details(CurrentUser clerk, Secrecy secrecy, String summary) {
        return new IncomingDetails(registers.activeRegisters(clerk.agencyId(), RegisterKind.INCOMING).get(0).id(),
                "9-BC/" + UUID.randomUUID().toString().substring(0, 6), OfficeDate.today().minusDays(1), "BC", summary,
                null, "Đảng ủy xã Tuần Giáo", null, null, null, Urgency.NORMAL, secrecy, 1, 1, null, null);
    }

    private CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }
}
