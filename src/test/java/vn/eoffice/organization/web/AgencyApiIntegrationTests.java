package vn.eoffice.organization.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.organization.AgencyCatalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class AgencyApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AgencyCatalog catalog;

    @Test
    void listsHostedAgenciesPagedAndSearchesWithoutDiacritics() throws Exception {
        mvc.perform(get("/api/v1/agencies").param("hosted", "true").param("q", "tuyen giao va dan van")
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].abbreviation", hasItem("BTGDVTU")))
                .andExpect(jsonPath("$.content[*].hosted", everyItem(is(true))))
                .andExpect(jsonPath("$.page", is(0)))
                .andExpect(jsonPath("$.totalElements", greaterThan(0)));
    }

    @Test
    void showsOneAgencyAndItsUnitsAsOfADate() throws Exception {
        var commission = catalog.search(true, "BTGDVTU", PageRequest.of(0, 1)).getContent().get(0);
        mvc.perform(get("/api/v1/agencies/{id}", commission.getId()).with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identifierCode", is("000.03.17.H17")))
                .andExpect(jsonPath("$.validFrom", is("2025-03-01")));
        mvc.perform(get("/api/v1/agencies/{id}/units", commission.getId()).param("asOf", "2026-01-01")
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].abbreviation", hasItem("ĐTH")));
        mvc.perform(get("/api/v1/agencies/{id}/units", commission.getId()).param("asOf", "2025-01-01")
                        .with(httpBasic("admin", "demo123")))
                .andExpect(jsonPath("$.length()", is(0)));
        mvc.perform(get("/api/v1/agencies/{id}", 987654321L).with(httpBasic("admin", "demo123")))
                .andExpect(status().isNotFound());
    }

    @Test
    void treeAsOfADateNestsAgencies() throws Exception {
        mvc.perform(get("/api/v1/organization/tree").param("asOf", "2025-01-01")
                        .with(httpBasic("admin", "demo123")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agency.abbreviation == 'TU')].children[*].agency.abbreviation",
                        hasItem("BDVTU")))
                .andExpect(jsonPath("$..agency.abbreviation", not(hasItem("BTGDVTU"))));
    }

    @Test
    void administratorsCreateAgenciesWithALocation() throws Exception {
        String name = "Sở Thử API " + UUID.randomUUID();
        mvc.perform(post("/api/v1/agencies").with(httpBasic("admin", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "abbreviation": "STA", "kind": "STATE_AGENCY",
                                 "validFrom": "2025-01-01", "email": "sta@dienbien.gov.vn"}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/agencies/")))
                .andExpect(jsonPath("$.hosted", is(false)))
                .andExpect(jsonPath("$.name", is(name)));
    }

    @Test
    void invalidInputGetsFieldMessagesInVietnamese() throws Exception {
        mvc.perform(post("/api/v1/agencies").with(httpBasic("admin", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "", "abbreviation": "X", "identifierCode": "000.00.00.h14",
                                 "kind": "OTHER", "validFrom": "2025-01-01", "email": "khong-hop-le"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.identifierCode", containsString("không đúng định dạng")))
                .andExpect(jsonPath("$.fields.name", is("Trường này là bắt buộc.")))
                .andExpect(jsonPath("$.fields.email", containsString("không hợp lệ")));
    }

    @Test
    void anUnknownParentOrReversedDatesAreBadRequestsWithAMessage() throws Exception {
        mvc.perform(post("/api/v1/agencies").with(httpBasic("admin", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"X\", \"abbreviation\": \"X\", \"kind\": \"OTHER\", "
                                + "\"validFrom\": \"2025-01-01\", \"parentId\": 987654321}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", is("Cơ quan cấp trên đã chọn không tồn tại.")));
        mvc.perform(post("/api/v1/agencies").with(httpBasic("admin", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"X\", \"abbreviation\": \"X\", \"kind\": \"OTHER\", "
                                + "\"validFrom\": \"2025-01-01\", \"validTo\": \"2024-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", is("Ngày kết thúc không được trước ngày bắt đầu.")));
    }

    @Test
    void onlyAdministratorsCreateAgencies() throws Exception {
        mvc.perform(post("/api/v1/agencies").with(httpBasic("chuyenvien", "demo123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"X\", \"abbreviation\": \"X\", \"kind\": \"OTHER\", \"validFrom\": \"2025-01-01\"}"))
                .andExpect(status().isForbidden());
    }
}
