package vn.eoffice.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class ApiAuthenticationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TokenService tokens;
    @Autowired ApiTokens apiTokens;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;
    @Autowired LoginThrottle throttle;

    @Test
    void basicAuthenticationReturnsTheCaller() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.getUsername()))
                .andExpect(jsonPath("$.id").value(user.getId()));
    }

    @Test
    void wrongBasicPasswordIsUnauthorized() throws Exception {
        var user = accounts.create(Role.OFFICER);

        mvc.perform(get("/api/v1/me").with(httpBasic(user.getUsername(), "Wrong12345")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Cần đăng nhập: dùng HTTP Basic hoặc mã truy cập (Bearer)."));
        // the failure counts towards the login delays like a failed form login
        assertThat(throttle.failures(user.getUsername())).isEqualTo(1);
    }

    @Test
    void bearerTokenReturnsTheCaller() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var issued = tokens.issue(user.getId(), "test", null);

        assertThat(apiTokens.findById(issued.id()).orElseThrow().getLastUsedAt()).isNull();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.getUsername()));
        assertThat(apiTokens.findById(issued.id()).orElseThrow().getLastUsedAt()).isNotNull();
    }

    @Test
    void revokedTokenIsUnauthorized() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var issued = tokens.issue(user.getId(), "test", null);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk());
        tokens.revoke(user.getId(), issued.id());
        assertThat(apiTokens.findById(issued.id()).orElseThrow().getRevokedAt()).isNotNull();

        // the same secret that worked a moment ago is now refused
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void expiredTokenIsUnauthorized() throws Exception {
        var user = accounts.create(Role.OFFICER);
        var issued = tokens.issue(user.getId(), "test", Instant.now(clock).plus(1, ChronoUnit.DAYS));
        // a token cannot be issued already expired, so age it in place
        transactions.executeWithoutResult(status -> {
            var token = apiTokens.findById(issued.id()).orElseThrow();
            org.springframework.test.util.ReflectionTestUtils.setField(token, "expiresAt",
                    Instant.now(clock).minusSeconds(60));
        });

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void garbageTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer eo_not-a-real-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer "))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void noCredentialsIsUnauthorized() throws Exception {
        // the API answers 401 with a problem detail, never the browser's redirect to the login page
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void tokensAreIssuedWithAPasswordButNotWithAToken() throws Exception {
        var user = accounts.create(Role.OFFICER);
        String body = "{\"name\":\"connector\"}";

        mvc.perform(post("/api/v1/me/tokens").with(httpBasic(user.getUsername(), TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").isString());
        assertThat(apiTokens.findByUserIdOrderByCreatedAtDesc(user.getId())).extracting(ApiToken::getName)
                .containsExactly("connector");

        var issued = tokens.issue(user.getId(), "first", null);
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + issued.secret())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        // a token cannot breed tokens: nothing was added
        assertThat(apiTokens.findByUserIdOrderByCreatedAtDesc(user.getId())).extracting(ApiToken::getName)
                .containsExactlyInAnyOrder("connector", "first");
    }
}
