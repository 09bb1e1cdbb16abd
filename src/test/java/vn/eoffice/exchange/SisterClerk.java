package vn.eoffice.exchange;

import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.documents.NumberingPolicy;
import vn.eoffice.documents.Register;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserDetailsForm;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

/**
 * The demo hosts a sister agency (Đảng ủy phường Điện Biên Phủ, a ward Party committee without demo staff): its
 * clerk, and its incoming register if it has none, made on first use, receive what the demo commission sends it by
 * exchange in this installation.
 */
public final class SisterClerk {

    public static final String USERNAME = "vanthu.dbp";
    public static final String PASSWORD = "Tiepnhan2026";

    private SisterClerk() {
    }

    public static synchronized CurrentUser of(ApplicationContext context) {
        var users = context.getBean(UserManagement.class);
        if (users.findByUsername(USERNAME).isEmpty()) {
            Long sister = context.getBean(OrganizationDirectory.class).agencyByIdentifierCode(DemoExchange.SISTER)
                    .orElseThrow().id();
            users.create(new UserDetailsForm(USERNAME, "Cà Thị Duyên", "Văn thư", null, null, sister, null,
                    Set.of(Role.CLERK), Secrecy.MAT, true), PASSWORD);
            var registers = context.getBean(RegisterManagement.class);
            if (registers.activeRegisters(sister, RegisterKind.INCOMING).isEmpty()) {
                registers.create(new Register(sister, RegisterKind.INCOMING, "Sổ văn bản đến", true,
                        NumberingPolicy.arrival(), false));
            }
        }
        return (CurrentUser) context.getBean(UserDetailsService.class).loadUserByUsername(USERNAME);
    }

    public static Long agencyId(ApplicationContext context) {
        return context.getBean(OrganizationDirectory.class).agencyByIdentifierCode(DemoExchange.SISTER)
                .orElseThrow().id();
    }
}
