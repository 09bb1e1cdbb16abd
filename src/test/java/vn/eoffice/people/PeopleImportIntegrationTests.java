package vn.eoffice.people;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.eoffice.IntegrationTest;
import vn.eoffice.identity.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing the commission's lists: the template's headings, a per-row report (row, column, Vietnamese message) that
 * writes nothing, an import of every valid row in one go or of nothing, and the files refused outright.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PeopleImportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    CurrentUser account(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** The template's heading row, as the reader library reads the downloaded workbook. */
    List<String> headings(String kind) throws Exception {
        byte[] template = mvc.perform(get("/api/v1/people/import/template.xlsx").param("kind", kind)
                .with(user(account("vanthu")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            var header = workbook.getFirstSheet().read().get(0);
            var cells = new ArrayList<String>();
            for (int c = 0; c < header.getCellCount(); c++) {
                cells.add(header.getCellText(c));
            }
            return cells;
        }
    }

    static byte[] xlsx(List<String> headings, List<List<String>> rows) throws Exception {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet("Danh sách");
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(0, c, headings.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    long named(String text) {
        return jdbc.queryForObject("select count(*) from cadre where full_name like ?", Long.class, "%" + text + "%");
    }

    @Test
    void thePreviewReportsEachBadRowAndWritesNothingThenTheImportWritesEveryValidRow() throws Exception {
        var headings = headings("PEOPLE");
        assertThat(headings).startsWith("STT", "Họ và tên (*)", "Ngày sinh (*) (ngày/tháng/năm)");
        String t = tag();
        var rows = List.of(
                List.of("1", "Lò Văn Nhập " + t, "05/03/1990", "Nam", "Thái", "Văn phòng", "", "12/05/2014",
                        "12/05/2015", "Đại học", "Trung cấp"),
                List.of("2", "", "05/03/1990", "Nữ", "Kinh"),
                List.of("3", "Cà Thị Ngày Sai " + t, "31/02/1990", "Nữ", "Thái"),
                List.of("4", "Sùng A Đơn Vị " + t, "01/01/1991", "nam", "mong", "Phòng Không Có"),
                List.of("5", "Tòng Văn Dân Tộc " + t, "01/01/1992", "Nam", "Tày Nùng"),
                List.of("6", "Lò Văn Nhập " + t, "05/03/1990", "Nam", "Thái"),
                List.of("7", "Quàng Thị Hợp Lệ " + t, "7/9/1995", "nu", "thai", "TTBC"));
        var file = new MockMultipartFile("file", "danh-sach.xlsx", "application/octet-stream", xlsx(headings, rows));
        var clerk = account("vanthu");

        mvc.perform(multipart("/api/v1/people/import").file(file).with(user(clerk)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(7))
                .andExpect(jsonPath("$.valid.length()").value(2))
                .andExpect(jsonPath("$.valid[0].row").value(2))
                .andExpect(jsonPath("$.valid[1].row").value(8))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Họ và tên (*)"))
                .andExpect(jsonPath("$.errors[0].message").value("Thiếu thông tin bắt buộc."))
                .andExpect(jsonPath("$.errors[1].row").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("Ngày sinh (*) (ngày/tháng/năm)"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("31/02/1990")))
                .andExpect(jsonPath("$.errors[2].row").value(5))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("Không có đơn vị \"Phòng Không Có\"")))
                .andExpect(jsonPath("$.errors[3].row").value(6))
                .andExpect(jsonPath("$.errors[3].column").value("Dân tộc (*)"))
                .andExpect(jsonPath("$.errors[4].row").value(7))
                .andExpect(jsonPath("$.errors[4].message").value("Trùng với dòng 2 của tệp."))
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.imported").value(0));
        assertThat(named(t)).isZero();

        // the clerk confirmed 3 valid rows but the file holds 2: nothing is written
        mvc.perform(multipart("/api/v1/people/import").file(file).param("dryRun", "false")
                .param("expectedValid", "3").with(user(clerk)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("chưa nhập dòng nào")));
        assertThat(named(t)).isZero();

        long audited = jdbc.queryForObject("select count(*) from audit_entry where action = 'PEOPLE_IMPORTED'",
                Long.class);
        mvc.perform(multipart("/api/v1/people/import").file(file).param("dryRun", "false")
                .param("expectedValid", "2").with(user(clerk)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2));
        assertThat(named(t)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select birth_date from cadre where full_name = ?", java.sql.Date.class,
                "Quàng Thị Hợp Lệ " + t).toLocalDate()).isEqualTo(java.time.LocalDate.of(1995, 9, 7));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PEOPLE_IMPORTED'",
                Long.class)).isEqualTo(audited + 1);

        // the same file again: every row is now a duplicate of a kept record
        mvc.perform(multipart("/api/v1/people/import").file(file).with(user(clerk)).with(csrf()))
                .andExpect(jsonPath("$.valid.length()").value(0))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Đã có hồ sơ trùng")));
    }

    @Test
    void theClerkChecksThenConfirmsInTheBrowserAndPositionsImportFromCsv() throws Exception {
        String t = tag();
        var clerk = account("vanthu");
        mvc.perform(get("/people/import").with(user(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tải mẫu danh sách cán bộ")));
        String csv = "\uFEFFSTT;Đơn vị (*);Tên vị trí việc làm (*);Nhóm vị trí (*);Số người cần bố trí (*);"
                + "Yêu cầu trình độ chuyên môn;Yêu cầu lý luận chính trị;Số năm kinh nghiệm;Mô tả công việc\r\n"
                + "1;Văn phòng;Chuyên viên pháp chế " + t + ";Chuyên môn, nghiệp vụ;1;Đại học;Trung cấp;2;\"Rà soát; "
                + "góp ý văn bản\"\r\n"
                + "2;VP;Nhân viên bảo vệ " + t + ";Hỗ trợ, phục vụ;không biết;;;;\r\n";
        var session = new MockHttpSession();
        mvc.perform(multipart("/people/import/preview").file(new MockMultipartFile("file", "vi-tri.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).param("kind", "POSITIONS").session(session).with(user(clerk))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;không biết&quot; không phải là số.")))
                .andExpect(content().string(containsString("Xác nhận nhập 1 dòng hợp lệ")));
        assertThat(jdbc.queryForObject("select count(*) from job_position where name like ?", Long.class,
                "%" + t)).isZero();
        mvc.perform(post("/people/import/confirm").param("expected", "1").session(session).with(user(clerk))
                .with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/positions"));
        assertThat(jdbc.queryForObject("select description from job_position where name = ?", String.class,
                "Chuyên viên pháp chế " + t)).isEqualTo("Rà soát; góp ý văn bản");
        // confirming twice imports nothing more: the file left the session
        mvc.perform(post("/people/import/confirm").param("expected", "1").session(session).with(user(clerk))
                .with(csrf())).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from job_position where name like ?", Long.class,
                "%" + t)).isEqualTo(1);
    }

    @Test
    void macrosOldExcelOtherFilesAndStrangersAreRefusedInVietnamese() throws Exception {
        var clerk = account("vanthu");
        var macro = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(macro)) {
            for (String name : List.of("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        refused(new MockMultipartFile("file", "danh-sach.xlsm", "application/octet-stream", macro.toByteArray()),
                "Tệp có macro không được nhận");
        byte[] ole = new byte[64];
        System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1 }, 0, ole, 0, 8);
        refused(new MockMultipartFile("file", "danh-sach.xls", "application/vnd.ms-excel", ole), "(.xls)");
        refused(new MockMultipartFile("file", "anh.pdf", "application/pdf", "%PDF-1.7".getBytes()),
                "Chỉ nhận tệp Excel (.xlsx) hoặc CSV");
        refused(new MockMultipartFile("file", "khac.xlsx", "application/octet-stream", xlsx(List.of("Tên", "Tuổi"),
                List.of(List.of("A", "1")))), "không phải dòng tiêu đề của mẫu");
        refused(new MockMultipartFile("file", "lon.csv", "text/csv", new byte[ImportFile.MAX_BYTES + 1]),
                "Tệp quá lớn");
        for (String stranger : List.of("lanhdao", "chuyenvien", "admin")) {
            mvc.perform(multipart("/api/v1/people/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                    "STT;Họ và tên\n".getBytes(StandardCharsets.UTF_8))).with(user(account(stranger))).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/people/import").with(user(account(stranger)))).andExpect(status().isForbidden());
        }
    }

    private void refused(MockMultipartFile file, String message) throws Exception {
        mvc.perform(multipart("/api/v1/people/import").file(file).with(user(account("vanthu"))).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)));
    }
}
