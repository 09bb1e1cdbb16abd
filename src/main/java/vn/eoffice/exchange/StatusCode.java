package vn.eoffice.exchange;

import java.util.List;

/**
 * The QCVN 102 processing statuses a receiver reports: 01 arrived, 02 refused, 03 accepted (registered),
 * 04 assigned, 05 in progress, 06 done, 13 recall requested, 15 recall agreed, 16 recall refused.
 */
public final class StatusCode {

    public static final String ARRIVED = "01";
    public static final String REFUSED = "02";
    public static final String ACCEPTED = "03";
    public static final String ASSIGNED = "04";
    public static final String IN_PROGRESS = "05";
    public static final String DONE = "06";
    public static final String RECALL = "13";
    public static final String RECALL_AGREED = "15";
    public static final String RECALL_REFUSED = "16";

    /** Order in which they supersede each other (a recall outcome comes last). */
    private static final List<String> ORDER = List.of(ARRIVED, REFUSED, ACCEPTED, ASSIGNED, IN_PROGRESS, DONE,
            RECALL, RECALL_REFUSED, RECALL_AGREED);

    private StatusCode() {
    }

    public static int rank(String code) {
        return ORDER.indexOf(code);
    }

    public static String messageKey(String code) {
        return "exchange.status." + code;
    }
}
