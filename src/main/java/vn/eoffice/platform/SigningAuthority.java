package vn.eoffice.platform;

import java.util.Optional;

/**
 * Thẩm quyền ký: the words written before the signer's title in a signature block (HD 36-HD/VPTW, Decree 30
 * Phụ lục I). {@link #NONE}: the head signs in their own name.
 */
public enum SigningAuthority {
    /** Không ghi thẩm quyền: the head of the body signs. */
    NONE(""),
    /** Thay mặt: on behalf of a collective ("T/M BAN THƯỜNG VỤ"). */
    TM("T/M"),
    /** Ký thay: a deputy signs for the head ("K/T TRƯỞNG BAN"). */
    KT("K/T"),
    /** Thừa lệnh: by order of the head, for a unit head ("T/L TRƯỞNG BAN"). */
    TL("T/L"),
    /** Thừa ủy quyền: by the head's written authorisation. */
    TUQ("TUQ."),
    /** Quyền: acting in the post ("Q. TRƯỞNG BAN"). */
    Q("Q.");

    private final String prefix;

    SigningAuthority(String prefix) {
        this.prefix = prefix;
    }

    /** As printed: T/M, K/T, T/L, TUQ., Q. (empty for {@link #NONE}). */
    public String prefix() {
        return prefix;
    }

    public String messageKey() {
        return "signingAuthority." + name();
    }

    /**
     * The authority a written prefix names, in either rulebook's spelling: T/M or TM., K/T or KT., T/L or TL.,
     * TUQ. or T/UQ, Q.; case and a missing full stop do not matter.
     */
    public static Optional<SigningAuthority> ofPrefix(String written) {
        if (written == null) {
            return Optional.empty();
        }
        return switch (written.strip().toUpperCase(java.util.Locale.ROOT).replace(".", "").replace("/", "")) {
            case "TM" -> Optional.of(TM);
            case "KT" -> Optional.of(KT);
            case "TL" -> Optional.of(TL);
            case "TUQ" -> Optional.of(TUQ);
            case "Q" -> Optional.of(Q);
            default -> Optional.empty();
        };
    }
}
