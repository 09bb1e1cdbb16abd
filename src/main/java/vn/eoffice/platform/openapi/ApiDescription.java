package vn.eoffice.platform.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description's frame: what the API is, where it answers (the address it was read from), how a caller signs in
 * (HTTP Basic or a bearer token from the profile page, on every operation) and the RFC 9457 problem detail every
 * error is answered with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI eofficeApi() {
        return new OpenAPI()
                .info(new Info().title("eOffice API").version("v1").description("""
                        The JSON API of eOffice, the electronic office of Party commissions: documents, tasks, \
                        meetings, exchange, monitoring and the rest, with the same authorisation as the browser. \
                        Sign in with HTTP Basic (accounts without a second factor) or with `Authorization: Bearer` \
                        and an access token issued on the profile page. Every error is an RFC 9457 problem detail \
                        (`application/problem+json`) with a Vietnamese `detail`."""))
                .servers(List.of(new Server().url("/").description("This installation")))
                .tags(List.of(
                        tag("Documents", "Incoming documents: registration, submission to a leader, directives"),
                        tag("Outgoing documents", "Drafts, versions, the review circuit, signing, release, recall"),
                        tag("Registers", "Registers (sổ văn bản), their next numbers and their printed exports"),
                        tag("Case files", "The yearly file list (danh mục hồ sơ) and its files"),
                        tag("Exchange (QCVN 102)", "Documents exchanged with other agencies over edXML: inbox, "
                                + "deliveries, statuses, updates and replacements, peers"),
                        tag("Files", "The content-addressed file store"),
                        tag("Search", "Full-text search and the search index"),
                        tag("Audit", "The hash-chained audit log")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Login name and password (refused for accounts with a second factor)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("An access token issued on the profile page or by "
                                        + "POST /api/v1/me/tokens"))
                        .addSchemas(PROBLEM, problem()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail: what went wrong, in Vietnamese")
                .addProperty("type", new StringSchema().description("always about:blank").example("about:blank"))
                .addProperty("title", new StringSchema().description("the status in words"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what the caller should know or fix"))
                .addProperty("instance", new StringSchema().description("the path that was called"))
                .addProperty("requestId", new StringSchema().description("the request's id in the server's log"))
                .addProperty("fields", new ObjectSchema().description("for invalid input: each field's error")
                        .additionalProperties(new StringSchema()))
                .required(List.of("type", "title", "status", "detail"));
    }
}
