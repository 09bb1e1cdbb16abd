package vn.eoffice.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

    /** RFC 6238 Appendix B: the SHA-1 seed. */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130" })
    void givesTheCodesOfRfc6238AppendixB(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(SEED, step, 8)).isEqualTo(expected);
        // six digits are the same number taken modulo 10^6
        assertThat(Totp.code(SEED, step, 6)).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsTheStepBeforeAndAfterButNotFurther() {
        var now = Instant.ofEpochSecond(1111111111L);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 1, 6), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step + 1, 6), now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 2, 6), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step + 2, 6), now, 0)).isEmpty();
    }

    @Test
    void aCodeIsGoodOnlyOnce() {
        var now = Instant.ofEpochSecond(1234567890L);
        long step = Totp.step(now);
        String code = Totp.code(SEED, step, 6);

        assertThat(Totp.matchingStep(SEED, code, now, step - 1)).hasValue(step);
        assertThat(Totp.matchingStep(SEED, code, now, step)).isEmpty();
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        var now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(SEED, "94287082", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SEED, "28708a", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SEED, null, now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SEED, "287 082", now, 0)).hasValue(Totp.step(now));
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        // RFC 4648 §10 test vector, without padding
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.fromBase32("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.fromBase32(Totp.base32(SEED))).isEqualTo(SEED);
    }
}
