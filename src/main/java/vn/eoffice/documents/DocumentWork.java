package vn.eoffice.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.documents.outgoing.OutgoingBox;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.WaitingItem;
import vn.eoffice.platform.WaitingStep;
import vn.eoffice.platform.WaitingWork;

/**
 * The documents' part of the queue: to submit (clerk), to direct (leader), to process, to review, to sign, to
 * release (clerk). Counts and records come from the boxes' access-filtered queries, so nothing secret shows to the
 * uncleared.
 */
@Component
@Transactional(readOnly = true)
class DocumentWork implements WaitingWork {

    static final String AREA = "queue.area.documents";

    private final DocumentQueries queries;

    DocumentWork(DocumentQueries queries) {
        this.queries = queries;
    }

    private enum Kind {
        TO_SUBMIT(Box.REGISTERED, null), TO_DIRECT(Box.AWAITING_DIRECTIVE, null), TO_PROCESS(Box.TO_PROCESS, null),
        TO_REVIEW(null, OutgoingBox.TO_REVIEW), TO_SIGN(null, OutgoingBox.TO_SIGN),
        TO_RELEASE(null, OutgoingBox.TO_RELEASE);

        final Box box;
        final OutgoingBox outgoing;

        Kind(Box box, OutgoingBox outgoing) {
            this.box = box;
            this.outgoing = outgoing;
        }

        String key() {
            return "queue.documents." + name();
        }

        String link() {
            return box != null ? "/documents/incoming?box=" + box : "/documents/outgoing?box=" + outgoing;
        }

        boolean concerns(CurrentUser user) {
            return switch (this) {
                case TO_SUBMIT, TO_RELEASE -> user.hasRole(Role.CLERK);
                case TO_DIRECT -> user.hasRole(Role.LEADER);
                case TO_SIGN -> user.hasRole(Role.LEADER) || user.signingAuthority() != null;
                case TO_PROCESS, TO_REVIEW -> !user.roles().equals(Set.of(Role.ADMIN));
            };
        }
    }

    @Override
    public List<WaitingStep> waitingFor(Actor actor) {
        if (!(actor instanceof CurrentUser user) || !Kind.TO_PROCESS.concerns(user)) {
            return List.of();
        }
        var steps = new ArrayList<WaitingStep>();
        for (Kind kind : Kind.values()) {
            if (!kind.concerns(user)) {
                continue;
            }
            long count = kind.box != null ? queries.countIncoming(user, kind.box, WaitingStep.COUNT_LIMIT + 1)
                    : queries.countOutgoing(user, kind.outgoing, WaitingStep.COUNT_LIMIT + 1);
            steps.add(new WaitingStep(AREA, kind.key(), count, kind.link()));
        }
        return steps;
    }

    @Override
    public List<WaitingItem> firstWaiting(Actor actor, String key, int limit) {
        if (!(actor instanceof CurrentUser user)) {
            return List.of();
        }
        for (Kind kind : Kind.values()) {
            if (kind.key().equals(key) && kind.concerns(user)) {
                var page = PageRequest.of(0, limit);
                var rows = kind.box != null ? queries.incoming(user, kind.box, page)
                        : queries.outgoing(user, kind.outgoing, page);
                return rows.stream().map(row -> new WaitingItem(label(row), link(kind, row))).toList();
            }
        }
        return List.of();
    }

    private static String label(DocumentRow row) {
        String notation = row.notation() == null || row.notation().isBlank() ? "" : row.notation() + " — ";
        return notation + row.summary();
    }

    private static String link(Kind kind, DocumentRow row) {
        return switch (kind) {
            case TO_DIRECT -> "/documents/" + row.id() + "#directive";
            case TO_SUBMIT, TO_PROCESS -> "/documents/" + row.id();
            default -> "/documents/outgoing/" + row.id();
        };
    }
}
