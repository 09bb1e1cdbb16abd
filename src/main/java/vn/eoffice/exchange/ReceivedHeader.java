package vn.eoffice.exchange;

import java.time.LocalTime;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Embeddable;

import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.EdxmlStatus.StaffInfo;

/**
 * What a received package says beyond the register's fields, kept as it arrived for the clerk to see: the time of a
 * "hỏa tốc hẹn giờ" (priority 4), the place, the standard's document type (1 administrative, 2 legal), scope of
 * circulation, typist's mark, number of copies, steering type, whether paper follows, the summary text, the sending
 * agency's contact details and the staff who sent it.
 */
@Embeddable
public record ReceivedHeader(LocalTime dueTime, String place, Integer documentType, String sphereOfPromulgation,
        String typerNotation, Integer promulgationAmount, Integer steeringType, Integer paper, String content,
        String senderInCharge, String senderContact, String senderStaff) {

    static ReceivedHeader of(EdxmlDocument document) {
        var info = document.otherInfo();
        var from = document.from();
        var business = document.business();
        return new ReceivedHeader(document.dueTime(), cut(document.place(), 100), document.type(),
                info == null ? null : cut(info.sphereOfPromulgation(), 200),
                info == null ? null : cut(info.typerNotation(), 100),
                info == null ? null : info.promulgationAmount(), document.steeringType(),
                business == null ? null : business.paper(), cut(document.content(), 2000),
                cut(from.organizationInCharge(), 300),
                cut(joined(from.organAdd(), from.telephone(), from.fax(), from.email(), from.website()), 600),
                business == null ? null : cut(business.staff().stream().map(ReceivedHeader::staff)
                        .collect(Collectors.joining("; ")), 600));
    }

    private static String staff(StaffInfo staff) {
        return joined(staff.staff(), staff.department(), staff.mobile(), staff.email());
    }

    private static String joined(String... parts) {
        String text = Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining(" · "));
        return text.isEmpty() ? null : text;
    }

    private static String cut(String text, int max) {
        return text == null || text.isBlank() ? null : text.length() <= max ? text : text.substring(0, max);
    }
}
