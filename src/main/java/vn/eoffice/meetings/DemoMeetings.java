package vn.eoffice.meetings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Dates;

/**
 * Demo profile only: two rooms, the weekly briefing (giao ban) every Monday 08:00 chaired by the standing deputy
 * head with the units invited, a thematic meeting and a multi-point conference to study a resolution.
 */
@Component
@Profile("demo")
@Order(10)
class DemoMeetings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    private final MeetingRooms rooms;
    private final MeetingManagement meetings;
    private final Conferences conferences;
    private final OrganizationDirectory organization;
    private final UserDetailsService accounts;
    private final TransactionTemplate transactions;
    private final Dates dates;
    private final Clock clock;

    DemoMeetings(MeetingRooms rooms, MeetingManagement meetings, Conferences conferences,
            OrganizationDirectory organization, UserDetailsService accounts, TransactionTemplate transactions,
            Dates dates, Clock clock) {
        this.rooms = rooms;
        this.meetings = meetings;
        this.conferences = conferences;
        this.organization = organization;
        this.accounts = accounts;
        this.transactions = transactions;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rooms.count() > 0) {
            return;
        }
        var leader = (CurrentUser) accounts.loadUserByUsername("lanhdao");
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(leader, null,
                leader.getAuthorities()));
        try {
            transactions.executeWithoutResult(status -> seed(leader));
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo meeting rooms, briefing, thematic meeting and conference created");
    }

    private void seed(CurrentUser leader) {
        var big = rooms.save(new MeetingRoom(leader.agencyId(), "Hội trường Ban", "Tầng 1, trụ sở Ban", 120,
                "Màn hình LED, âm thanh, máy chiếu, thiết bị hội nghị truyền hình"));
        var small = rooms.save(new MeetingRoom(leader.agencyId(), "Phòng họp giao ban", "Tầng 2, trụ sở Ban", 25,
                "Màn hình, camera, micro hội nghị"));
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var units = organization.units(leader.agencyId(), LocalDate.now(clock));
        Set<Long> unitIds = new java.util.LinkedHashSet<>();
        units.stream().filter(u -> !"VP".equals(u.abbreviation())).forEach(u -> unitIds.add(u.id()));
        LocalDate today = dates.today(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        meetings.schedule(leader, new MeetingPlan("Giao ban công tác tuần của Ban", MeetingKind.WEEKLY_BRIEFING,
                leader.id(), clerk.id(), at(monday, 8), at(monday, 10), small.getId(), true, null,
                "Các phòng báo cáo kết quả tuần, kế hoạch tuần tới và đề xuất.", "FREQ=WEEKLY;BYDAY=MO", Set.of(),
                unitIds, List.of(), List.of(new MeetingPlan.AgendaLine("Văn phòng báo cáo tổng hợp", clerk.id(), 15),
                        new MeetingPlan.AgendaLine("Các phòng báo cáo, đề xuất", null, 60),
                        new MeetingPlan.AgendaLine("Lãnh đạo Ban kết luận", leader.id(), 20))));
        LocalDate thematic = today.plusDays(3);
        meetings.schedule(leader, new MeetingPlan("Họp chuyên đề về công tác tuyên truyền chuyển đổi số",
                MeetingKind.THEMATIC, leader.id(), clerk.id(), at(thematic, 14), at(thematic, 16), big.getId(), false,
                null, null, null, Set.of(), unitIds.stream().limit(2).collect(java.util.stream.Collectors.toSet()),
                List.of(), List.of(new MeetingPlan.AgendaLine("Dự thảo kế hoạch tuyên truyền", null, 45),
                        new MeetingPlan.AgendaLine("Tiến độ tuyên truyền Nghị quyết 45-NQ/TU trên báo chí", null, 30))));
        LocalDate study = today.plusDays(7);
        var conference = meetings.schedule(leader, new MeetingPlan(
                "Hội nghị trực tuyến học tập, quán triệt Nghị quyết của Trung ương", MeetingKind.CONFERENCE,
                leader.id(), clerk.id(), at(study, 8), at(study, 11), big.getId(), true, null,
                "Hội nghị trực tuyến nhiều điểm cầu cho cán bộ, đảng viên.", null, Set.of(), Set.of(), List.of(),
                List.of()));
        conferences.addPoint(leader, conference.id(), true, null, "Điểm cầu chính — Hội trường Ban",
                "Trụ sở Ban Tuyên giáo và Dân vận Tỉnh ủy", clerk.id(), 100);
        int expected = 80;
        for (var unit : units.stream().limit(3).toList()) {
            conferences.addPoint(leader, conference.id(), false, unit.id(), "Điểm cầu " + unit.name(), null,
                    null, expected);
            expected += 20;
        }
    }

    private java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(dates.zone()).toInstant();
    }
}
