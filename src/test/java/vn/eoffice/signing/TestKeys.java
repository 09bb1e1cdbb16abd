package vn.eoffice.signing;

import java.time.Instant;
import java.time.ZoneId;

/** One test CA and two signers (a person, the agency) shared by the unit tests, made once per JVM. */
final class TestKeys {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final char[] PASSWORD = "demo123".toCharArray();
    static final DemoPki PKI = new DemoPki("Test CA");
    static final Pkcs12Signer PERSON = Pkcs12Signer.open(
            PKI.issue("Lò Văn Thắng", "Ban Tuyên giáo và Dân vận Tỉnh ủy", PASSWORD), PASSWORD, Instant.now(), VN);
    static final Pkcs12Signer AGENCY = Pkcs12Signer.open(PKI.issue("Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy", PASSWORD), PASSWORD, Instant.now(), VN);

    private TestKeys() {
    }
}
