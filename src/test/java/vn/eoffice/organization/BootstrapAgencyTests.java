package vn.eoffice.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BootstrapAgencyTests {

    private final Agencies agencies = mock(Agencies.class);
    private final OrganizationManagement management = mock(OrganizationManagement.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void createsTheConfiguredHostedAgencyOnAnEmptyDatabase() {
        when(agencies.count()).thenReturn(0L);

        runner("Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDVTU", "000.03.17.H17").run(null);

        var details = ArgumentCaptor.forClass(AgencyDetails.class);
        verify(management).createAgency(details.capture(), org.mockito.ArgumentMatchers.eq(true));
        assertThat(details.getValue().name()).isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(details.getValue().abbreviation()).isEqualTo("BTGDVTU");
        assertThat(details.getValue().identifierCode()).isEqualTo("000.03.17.H17");
        assertThat(details.getValue().kind()).isEqualTo(AgencyKind.PARTY_COMMISSION);
        assertThat(details.getValue().validFrom()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void doesNothingWhenAgenciesExistOrNothingIsConfigured() {
        when(agencies.count()).thenReturn(3L);
        runner("Ban", "B", null).run(null);
        when(agencies.count()).thenReturn(0L);
        runner("", "", null).run(null);
        verify(management, never()).createAgency(any(AgencyDetails.class), anyBoolean());
    }

    @Test
    void refusesToStartWithAMalformedIdentifierCode() {
        when(agencies.count()).thenReturn(0L);
        assertThatThrownBy(() -> runner("Ban", "B", "H14").run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("identifier-code");
    }

    private BootstrapAgency runner(String name, String abbreviation, String code) {
        var properties = new OrganizationProperties(
                new OrganizationProperties.BootstrapAgency(name, abbreviation, code, AgencyKind.PARTY_COMMISSION));
        return new BootstrapAgency(agencies, management, properties,
                new TransactionTemplate(mock(PlatformTransactionManager.class)), clock);
    }
}
