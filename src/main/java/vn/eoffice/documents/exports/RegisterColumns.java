package vn.eoffice.documents.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import vn.eoffice.documents.Document;
import vn.eoffice.documents.Participant;
import vn.eoffice.documents.ParticipantRole;
import vn.eoffice.documents.RegisterKind;

/**
 * The columns of the Decree 30 registers (Nghị định 30/2020/NĐ-CP, Phụ lục IV): the incoming register (sổ đăng ký
 * văn bản đến) and the outgoing one (sổ đăng ký văn bản đi). Columns the application does not record yet (the date
 * handed over, the signature of receipt) stay empty for writing by hand on the printout.
 */
final class RegisterColumns {

    /** Message keys of the headers and the relative widths of the columns. */
    static final List<String[]> INCOMING = List.of(new String[] { "arrivalDate", "9" },
            new String[] { "arrivalNumber", "6" }, new String[] { "issuer", "16" }, new String[] { "notation", "11" },
            new String[] { "documentDate", "9" }, new String[] { "typeAndSummary", "30" },
            new String[] { "recipient", "14" }, new String[] { "handedOn", "8" }, new String[] { "signature", "8" },
            new String[] { "note", "10" });
    static final List<String[]> OUTGOING = List.of(new String[] { "notation", "11" },
            new String[] { "documentDate", "9" }, new String[] { "typeAndSummary", "30" },
            new String[] { "signer", "12" }, new String[] { "destination", "14" }, new String[] { "keeper", "12" },
            new String[] { "copies", "6" }, new String[] { "handedOn", "8" }, new String[] { "signature", "8" },
            new String[] { "note", "10" });

    private RegisterColumns() {
    }

    static List<String[]> of(RegisterKind kind) {
        return kind == RegisterKind.INCOMING ? INCOMING : OUTGOING;
    }

    /**
     * One register line. {@code typeNames} maps type codes to names; {@code names} names a participant (a person or a
     * unit) and {@code unitName} a unit; {@code recipients} are the names of an outgoing document's recipients, in
     * order (internal, other agencies, e-mail addresses), printed under "Nơi nhận".
     */
    static List<Object> row(RegisterKind kind, Document d, Map<String, String> typeNames,
            Function<Participant, String> names, Function<Long, String> unitName, List<String> recipients) {
        String typeAndSummary = typeNames.getOrDefault(d.getTypeCode(), d.getTypeCode()) + ": " + d.getSummary();
        if (kind == RegisterKind.INCOMING) {
            return Arrays.asList(d.getArrivalDate(), d.getRegisterNumber(), d.getIssuerName(), d.getNotation(),
                    d.getDocumentDate(), typeAndSummary,
                    participants(d, names, ParticipantRole.LEADER, ParticipantRole.LEAD, ParticipantRole.CO), null,
                    null, d.getNote());
        }
        // the recipients as listed; internal recipients of a document written before the list existed come from
        // its participants
        var destination = new ArrayList<>(recipients);
        return Arrays.asList(d.getNotation(), d.getDocumentDate(), typeAndSummary, signer(d),
                participants(d, names, destination, ParticipantRole.RECIPIENT), unitName.apply(d.getOwnerUnitId()),
                d.getCopies(), null, null, d.getNote());
    }

    /** Người ký as the signature block reads: the signing authority, then the name (K/T TRƯỞNG BAN – Lò Văn Thắng). */
    static String signer(Document d) {
        var capacity = d.getSigningCapacity();
        if (d.getSignerName() == null || capacity == null || capacity.isNone()) {
            return d.getSignerName();
        }
        return capacity.text() + " – " + d.getSignerName();
    }

    private static String participants(Document d, Function<Participant, String> names, ParticipantRole... roles) {
        return participants(d, names, new ArrayList<>(), roles);
    }

    private static String participants(Document d, Function<Participant, String> names, List<String> found,
            ParticipantRole... roles) {
        for (ParticipantRole role : roles) {
            d.getParticipants().stream().filter(p -> p.role() == role).map(names).filter(Objects::nonNull)
                    .filter(n -> !found.contains(n)).forEach(found::add);
        }
        return String.join("; ", found);
    }
}
