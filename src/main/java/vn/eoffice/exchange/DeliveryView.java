package vn.eoffice.exchange;

import java.time.Instant;
import java.util.List;

/**
 * One recipient of a sent document with the timeline of statuses it reported.
 */
public record DeliveryView(Delivery delivery, List<Status> statuses) {

    /** A status the recipient reported: code (QCVN 102), what it said, who, when. */
    public record Status(String code, String description, String staff, Instant occurredAt) {

        static Status of(DeliveryStatus status) {
            return new Status(status.getCode(), status.getDescription(), status.getStaff(), status.getOccurredAt());
        }

        public String messageKey() {
            return StatusCode.messageKey(code);
        }
    }

    /** Not yet received: no 01 (still trying, or given up). */
    public boolean notReceived() {
        return delivery.getLastStatus() == null;
    }

    /** Received but not finished: neither done (06), refused (02) nor withdrawn (15). */
    public boolean notFinished() {
        String last = delivery.getLastStatus();
        return last != null && !List.of(StatusCode.DONE, StatusCode.REFUSED, StatusCode.RECALL_AGREED).contains(last);
    }
}
