package vn.eoffice.identity.web;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.audit.AuditQuery;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.SecondFactor;
import vn.eoffice.identity.TokenService;
import vn.eoffice.identity.UserManagement;

/**
 * Everything the profile page shows: details, contact form, API tokens, delegations to act under, login history.
 */
@Component
class ProfilePage {

    static final int HISTORY_PAGE_SIZE = 10;

    record ContactForm(
            @Email(message = "{user.email.invalid}") @Size(max = 150, message = "{field.tooLong}") String email,
            @Size(max = 30, message = "{field.tooLong}") String phone) {
    }

    record TokenForm(
            @NotBlank(message = "{token.name.required}") @Size(max = 100, message = "{field.tooLong}") String name, java.time.LocalDate expiresOn) {
    }

    /** Someone the signed-in person may act for today. */
    record ActingOption(Long delegatorId, String fullName, java.time.LocalDate until) {
    }

    private final UserManagement users;
    private final TokenService tokens;
    private final AuditLog audit;
    private final OrganizationChoices organization;
    private final SecondFactor secondFactor;

    ProfilePage(UserManagement users, TokenService tokens, AuditLog audit, OrganizationChoices organization,
            SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
        this.organization = organization;
    }

    String render(CurrentUser current, int historyPage, Model model) {
        var me = users.get(current.id());
        model.addAttribute("me", me);
        model.addAttribute("unitName", organization.unitNames().apply(me.unitId()));
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactForm(me.email(), me.phone()));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(null, null));
        }
        model.addAttribute("tokens", tokens.tokensOf(current.id()));
        model.addAttribute("actingOptions", actingOptions(current));
        model.addAttribute("secondFactorOffered", secondFactor.offeredTo(current));
        model.addAttribute("secondFactorOn", me.secondFactor());
        // LOGIN, LOGIN_PASSWORD, LOGIN_FAILED, LOGIN_THROTTLED, LOGIN_LOCKED (before issue 20) and LOGOUT are the
        // only actions on a USER that start with "LOG"
        model.addAttribute("history", audit.find(new AuditQuery(current.username(), "LOG", "USER", null, null, null,
                null), PageRequest.of(Math.max(historyPage, 0), HISTORY_PAGE_SIZE)));
        return "identity/profile";
    }

    List<ActingOption> actingOptions(CurrentUser current) {
        return users.activeDelegationsFor(current.id()).stream()
                .map(d -> new ActingOption(d.delegatorId(), users.summary(d.delegatorId()).fullName(),
                        d.validTo()))
                .toList();
    }
}
