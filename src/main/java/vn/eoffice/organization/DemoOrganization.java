package vn.eoffice.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: the provincial propaganda and mass-mobilisation commission of Điện Biên after the 2025 merger,
 * with its history (the merger, the district committees dissolved on 1/7/2025), its units, the communes' Party
 * committees hosted here with their units, the Party committee terms, and the agencies it corresponds with.
 * Identifier codes are illustrative, not the official ones.
 */
@Component
@Profile("demo")
@Order(1)
class DemoOrganization implements ApplicationRunner {

    static final String COMMISSION = "BTGDVTU";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 10, 16);
    private static final LocalDate MERGER = LocalDate.of(2025, 3, 1);
    private static final LocalDate TWO_LEVEL = LocalDate.of(2025, 7, 1);
    /** The day after the provincial Party congress closed: the 2025–2030 term begins. */
    private static final LocalDate PROVINCIAL_CONGRESS = LocalDate.of(2025, 10, 16);

    private final Agencies agencies;
    private final OrganizationManagement management;
    private final TransactionTemplate transactions;

    DemoOrganization(Agencies agencies, OrganizationManagement management, TransactionTemplate transactions) {
        this.agencies = agencies;
        this.management = management;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (agencies.count() > 0) {
            return;
        }
        transactions.executeWithoutResult(status -> seed());
        log.info("Demo organisation created: Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên and its partners");
    }

    private void seed() {
        var central = agency("Ban Tuyên giáo và Dân vận Trung ương", "BTGDVTW", AgencyKind.PARTY_COMMISSION, false,
                null, "000.00.00.G01", LocalDate.of(2025, 2, 1));
        var province = agency("Tỉnh ủy Điện Biên", "TU", AgencyKind.PARTY_COMMITTEE, false, null, "000.00.00.H17",
                LONG_AGO);
        province.describe("Tỉnh ủy", "000.00.00.H17", "Phường Điện Biên Phủ, tỉnh Điện Biên", "0215 3825 111",
                "vanphong@tinhuydienbien.vn", null).writesFrom("Điện Biên", "0215 3825 112");
        var propaganda = agency("Ban Tuyên giáo Tỉnh ủy Điện Biên", "BTGTU", AgencyKind.PARTY_COMMISSION, true,
                province.getId(), "000.01.17.H17", LONG_AGO);
        var massMobilisation = agency("Ban Dân vận Tỉnh ủy Điện Biên", "BDVTU", AgencyKind.PARTY_COMMISSION, true,
                province.getId(), "000.02.17.H17", LONG_AGO);
        var commission = agency("Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên", COMMISSION,
                AgencyKind.PARTY_COMMISSION, true, province.getId(), "000.03.17.H17", MERGER);
        commission.describe("Ban Tuyên giáo và Dân vận Tỉnh ủy", "000.03.17.H17",
                "Phường Điện Biên Phủ, tỉnh Điện Biên", "0215 3826 222", "btgdv@dienbien.dcs.vn", null)
                .writesFrom("Điện Biên", "0215 3826 223");

        unit(commission, "Văn phòng", "VP", 1);
        unit(commission, "Phòng Tuyên truyền, Báo chí – Xuất bản", "TTBC", 2);
        unit(commission, "Phòng Khoa giáo, Văn hóa – Văn nghệ", "KGVH", 3);
        unit(commission, "Phòng Lý luận chính trị, Lịch sử Đảng", "LLLS", 4);
        unit(commission, "Phòng Dân vận các cơ quan Nhà nước, dân tộc và tôn giáo", "DVNN", 5);
        unit(commission, "Phòng Đoàn thể và các Hội", "ĐTH", 6);
        unit(propaganda, "Phòng Tuyên truyền – Báo chí (trước hợp nhất)", "TTBC", 1);
        unit(massMobilisation, "Phòng Dân vận chính quyền (trước hợp nhất)", "DVCQ", 1);
        // recorded after the former commissions' units exist, so that the merger ends those units too
        management.recordLineage(LineageKind.MERGE, MERGER,
                "Hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy theo chủ trương sắp xếp tổ chức bộ máy năm 2025",
                Set.of(propaganda.getId(), massMobilisation.getId()), Set.of(commission.getId()));

        // two-level local government from 1/7/2025: the district committees are dissolved (not merged: their duties
        // passed to the province and the new commune committees, which continue none of them)
        var tuanGiaoDistrict = agency("Huyện ủy Tuần Giáo", "HU", AgencyKind.PARTY_COMMITTEE, false,
                province.getId(), "000.20.17.H17", LONG_AGO);
        var muongAngDistrict = agency("Huyện ủy Mường Ảng", "HU", AgencyKind.PARTY_COMMITTEE, false,
                province.getId(), "000.19.17.H17", LONG_AGO);
        management.dissolve(Set.of(tuanGiaoDistrict.getId(), muongAngDistrict.getId()), TWO_LEVEL,
                "Kết thúc hoạt động cấp huyện, tổ chức chính quyền địa phương hai cấp từ 01/7/2025");
        var communes = List.of(
                commune("Đảng ủy xã Tuần Giáo", "000.21.17.H17", province),
                commune("Đảng ủy xã Quài Tở", "000.22.17.H17", province),
                commune("Đảng ủy phường Điện Biên Phủ", "000.23.17.H17", province),
                commune("Đảng ủy phường Mường Thanh", "000.24.17.H17", province),
                commune("Đảng ủy xã Mường Phăng", "000.25.17.H17", province),
                commune("Đảng ủy xã Mường Ảng", "000.26.17.H17", province));
        communes.get(0).describe("Đảng ủy xã Tuần Giáo", "000.21.17.H17", "Xã Tuần Giáo, tỉnh Điện Biên",
                "0215 3862 121", "vanphong.tuangiao@dienbien.dcs.vn", null);

        var staff = agency("Văn phòng Tỉnh ủy Điện Biên", "VPTU", AgencyKind.PARTY_COMMISSION, false,
                province.getId(), "000.04.17.H17", LONG_AGO);
        var organisation = agency("Ban Tổ chức Tỉnh ủy Điện Biên", "BTCTU", AgencyKind.PARTY_COMMISSION, false,
                province.getId(), "000.05.17.H17", LONG_AGO);

        // Party documents are numbered per committee term (66-QĐ/TW): every Party body of the province in force has
        // the 2025–2030 term, those older than the provincial congress also 2020–2025; the former commissions
        // numbered in 2020–2025 until the merger
        for (var agency : List.of(province, commission, staff, organisation)) {
            management.addTerm(agency.getId(), "2020–2025", LONG_AGO, PROVINCIAL_CONGRESS.minusDays(1));
            management.addTerm(agency.getId(), "2025–2030", PROVINCIAL_CONGRESS, null);
        }
        for (var agency : List.of(propaganda, massMobilisation)) {
            management.addTerm(agency.getId(), "2020–2025", LONG_AGO, PROVINCIAL_CONGRESS.minusDays(1));
        }
        // the commune committees began with the two-level government and work in the 2025–2030 term from then
        for (var commune : communes) {
            management.addTerm(commune.getId(), "2025–2030", TWO_LEVEL, null);
            unit(commune, "Văn phòng Đảng ủy", "VP", 1);
            unit(commune, "Ban Xây dựng Đảng", "XDĐ", 2);
        }

        agency("Ủy ban nhân dân tỉnh Điện Biên", "UBND", AgencyKind.STATE_AGENCY, false, null, "000.00.00.H18",
                LONG_AGO);
        agency("Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên", "SVHTTDL", AgencyKind.STATE_AGENCY, false, null,
                "000.10.18.H18", LONG_AGO);
        agency("Sở Giáo dục và Đào tạo tỉnh Điện Biên", "SGDĐT", AgencyKind.STATE_AGENCY, false, null,
                "000.11.18.H18", LONG_AGO);
        agency("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên", "MTTQ", AgencyKind.MASS_ORGANISATION, false, null,
                "000.30.17.H17", LONG_AGO);
        agency("Báo và Phát thanh, Truyền hình Điện Biên", "BĐB", AgencyKind.OTHER, false, null, "000.40.18.H18",
                LONG_AGO);
        agency("Ban Tuyên giáo Trung ương (trước hợp nhất)", "BTGTW", AgencyKind.PARTY_COMMISSION, false, null,
                "000.00.00.G02", LocalDate.of(2015, 1, 1)).changeValidity(
                        new Validity(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 1, 31)));
        central.describe("Ban Tuyên giáo và Dân vận Trung ương", "000.00.00.G01", "Hà Nội", null, null, null);
    }

    private Agency commune(String name, String code, Agency province) {
        return agency(name, "ĐU", AgencyKind.PARTY_COMMITTEE, true, province.getId(), code, TWO_LEVEL);
    }

    private Agency agency(String name, String abbreviation, AgencyKind kind, boolean hosted, Long parentId,
            String identifierCode, LocalDate from) {
        var agency = new Agency(name, abbreviation, kind, hosted, parentId, Validity.from(from));
        agency.describe(null, identifierCode, null, null, null, null);
        return management.createAgency(agency);
    }

    private void unit(Agency agency, String name, String abbreviation, int order) {
        management.createUnit(new OrgUnit(agency.getId(), null, name, abbreviation, order,
                Validity.from(agency.getValidity().from())));
    }
}
