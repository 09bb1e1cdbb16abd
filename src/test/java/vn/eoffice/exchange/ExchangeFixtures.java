package vn.eoffice.exchange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import vn.eoffice.OfficeDate;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.Organization;

/** Documents to send and a patient wait for what the dispatcher does in the background. */
final class ExchangeFixtures {

    private ExchangeFixtures() {
    }

    static EdxmlDocument document(String from, String to, String summary, byte[] pdf) {
        String number = Integer.toString(10 + Math.abs(UUID.randomUUID().hashCode() % 9000));
        String notation = "CV/T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate today = OfficeDate.today();
        return new EdxmlDocument(Organization.of(from, "Cơ quan gửi " + from), List.of(Organization.of(to, null)),
                from + "," + today.toString().replace('-', '/') + "," + number + "/" + notation, number, notation,
                "Điện Biên", today, 1, "CV", "Công văn", summary, null,
                new EdxmlDocument.SignerInfo(null, "Phó Trưởng ban", "Lò Văn Mừng"), today.plusDays(20), List.of(),
                new EdxmlDocument.OtherInfo(1, null, null, 1, 2, List.of()), List.of(), null,
                List.of(new EdxmlDocument.TraceHeader(from, Instant.now())),
                new EdxmlDocument.Business(EdxmlDocument.Business.NEW, null, List.of()),
                pdf == null ? List.of() : List.of(new EdxmlDocument.Attachment("file0", "van-ban.pdf",
                        "application/pdf", "Văn bản chính", pdf)));
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
