package vn.eoffice.reports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard's Excel export through the API: leaders get the workbook, officers are refused as on the page. */
@IntegrationTest
@AutoConfigureMockMvc
class DashboardExportApiIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void leadersExportTheDashboardAndOfficersMayNot() throws Exception {
        byte[] workbook = mvc.perform(get("/api/v1/dashboard/export.xlsx").param("period", "YEAR")
                        .with(httpBasic("lanhdao", "demo123")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(workbook, 0, 2)).as("a zip (OOXML) file").isEqualTo("PK");
        mvc.perform(get("/api/v1/dashboard/export.xlsx").with(httpBasic("chuyenvien", "demo123")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dashboard/export.xlsx").param("period", "NOPE")
                .with(httpBasic("lanhdao", "demo123"))).andExpect(status().isBadRequest());
    }
}
