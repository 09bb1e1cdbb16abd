package vn.eoffice.exchange.edxml;

import java.time.Instant;

/**
 * A status package (gói tin trạng thái): the receiver tells the sender how far a document got.
 */
public record EdxmlStatus(EdxmlDocument.ResponseFor responseFor, Organization from, String statusCode,
        String description, Instant timestamp, StaffInfo staff) {

    public record StaffInfo(String department, String staff, String mobile, String email) {
    }
}
