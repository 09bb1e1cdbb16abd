package vn.eoffice.exchange;

import java.util.List;

/**
 * One recipient of a sent document with the timeline of statuses it reported.
 */
public record DeliveryView(OutboxEntry delivery, List<DeliveryStatus> statuses) {

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
