package vn.eoffice.monitoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import vn.eoffice.IntegrationTest;
import vn.eoffice.tasks.TaskQueries;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committees' API: asking for action programmes, a committee sending its own, the status each side sees, the
 * committees chosen on a document, and bad input answered with its Vietnamese message.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CommitteeApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired CommitteeFixtures fixtures;
    @Autowired TaskQueries taskQueries;

    @Test
    void programmesFromRequestToStatusThroughTheApi() throws Exception {
        var commune = fixtures.hosted();
        var leader = fixtures.account("lanhdao");
        String body = "{\"title\":\"Nghị quyết API " + CommitteeFixtures.tag() + "\",\"kind\":\"RESOLUTION\","
                + "\"committeeIds\":[" + commune.id() + "],\"dueOn\":\"" + taskQueries.today().plusDays(10) + "\"}";
        String created = mvc.perform(post("/api/v1/monitoring/programmes").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(user(leader)).with(csrf())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = JsonMapper.builder().build().readTree(created).get("id").asLong();

        mvc.perform(post("/api/v1/monitoring/documents/" + id + "/programmes/" + commune.id())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Chương trình hành động\",\"items\":"
                        + "[{\"content\":\"Quán triệt\",\"leadUnitId\":" + commune.office() + ",\"deadline\":\""
                        + taskQueries.today().plusMonths(1) + "\"}]}").with(user(commune.clerk())).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/monitoring/documents/" + id + "/programmes").with(user(commune.secretary())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].light").value("GREEN"))
                .andExpect(jsonPath("$[0].items").value(1));
        mvc.perform(get("/api/v1/monitoring/documents/" + id + "/committees").with(user(leader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows[0].committeeId").value(commune.id()));
        mvc.perform(put("/api/v1/monitoring/documents/" + id + "/committees").contentType(MediaType.APPLICATION_JSON)
                .content("{\"committeeIds\":[]}").with(user(leader)).with(csrf())).andExpect(status().isNoContent());
    }

    @Test
    void badInputIsAnsweredWithItsMessage() throws Exception {
        var leader = fixtures.account("lanhdao");
        mvc.perform(post("/api/v1/monitoring/programmes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Nghị quyết\",\"kind\":\"RESOLUTION\",\"committeeIds\":[],\"dueOn\":\"2026-12-31\"}")
                .with(user(leader)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chọn ít nhất một cấp ủy")));
        mvc.perform(post("/api/v1/monitoring/programmes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Nghị quyết\",\"kind\":\"RESOLUTION\",\"committeeIds\":[" + fixtures.account(
                        "lanhdao").agencyId() + "],\"dueOn\":\"2026-12-31\"}").with(user(leader)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("không có trong danh sách các cấp ủy")));
    }
}
