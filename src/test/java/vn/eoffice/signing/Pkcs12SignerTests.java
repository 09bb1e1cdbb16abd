package vn.eoffice.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Pkcs12SignerTests {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final char[] PASSWORD = "demo123".toCharArray();
    static DemoPki pki;

    @BeforeAll
    static void ca() {
        pki = new DemoPki("Test CA");
    }

    @Test
    void opensAValidSigningCertificate() {
        var signer = Pkcs12Signer.open(pki.issue("Lò Văn Thắng", "Ban", PASSWORD), PASSWORD, Instant.now(), VN);
        assertThat(signer.certificate().getSubjectX500Principal().getName()).contains("Lò Văn Thắng");
        assertThat(signer.certificateChain()).hasSize(2);
    }

    @Test
    void refusesAWrongPassword() {
        var file = pki.issue("Lò Văn Thắng", "Ban", PASSWORD);
        assertThatThrownBy(() -> Pkcs12Signer.open(file, "sai".toCharArray(), Instant.now(), VN))
                .isInstanceOf(SigningFailedException.class).hasMessage("signing.key.wrongPassword");
        assertThatThrownBy(() -> Pkcs12Signer.open(file, new char[0], Instant.now(), VN))
                .hasMessage("signing.key.passwordRequired");
    }

    @Test
    void refusesAnExpiredCertificateWithItsDate() {
        var now = Instant.now();
        var file = pki.issue("Hết Hạn", "Ban", PASSWORD, now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(30)), KeyUsage.digitalSignature);
        assertThatThrownBy(() -> Pkcs12Signer.open(file, PASSWORD, now, VN))
                .isInstanceOfSatisfying(SigningFailedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("signing.key.expired");
                    assertThat(e.arguments()[0].toString()).matches("\\d{2}/\\d{2}/\\d{4}");
                });
    }

    @Test
    void refusesACertificateWithoutTheSigningKeyUsage() {
        var now = Instant.now();
        var file = pki.issue("Mã Hóa", "Ban", PASSWORD, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                KeyUsage.keyEncipherment);
        assertThatThrownBy(() -> Pkcs12Signer.open(file, PASSWORD, now, VN))
                .hasMessage("signing.key.noSigningUsage");
    }

    @Test
    void refusesAFileThatIsNotPkcs12() {
        assertThatThrownBy(() -> Pkcs12Signer.open("không phải".getBytes(), PASSWORD, Instant.now(), VN))
                .hasMessage("signing.key.unreadable");
    }
}
