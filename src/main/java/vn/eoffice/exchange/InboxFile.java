package vn.eoffice.exchange;

import jakarta.persistence.Embeddable;

/** A file of a received package, stored, in the package's order. */
@Embeddable
public record InboxFile(Long fileId, int position, String name) {
}
