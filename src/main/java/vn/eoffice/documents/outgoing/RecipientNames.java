package vn.eoffice.documents.outgoing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Nơi nhận" of outgoing documents as the register prints them: every recipient in the order the drafter listed
 * them (internal units and people, agencies reached by exchange or by hand, e-mail addresses), each under the name it
 * had when the document was drafted. The caller has already decided which documents may be seen.
 */
@Service
@Transactional(readOnly = true)
public class RecipientNames {

    /** Bind parameters per query: well under every database's limit. */
    private static final int BATCH = 500;

    private final DocumentRecipients recipients;

    RecipientNames(DocumentRecipients recipients) {
        this.recipients = recipients;
    }

    /** The recipients' names per document id; a document without recipients has no entry. */
    public Map<Long, List<String>> of(Collection<Long> documentIds) {
        Map<Long, List<String>> names = new HashMap<>();
        var ids = List.copyOf(documentIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            for (var recipient : recipients.findByDocumentIdInOrderByDocumentIdAscIdAsc(batch)) {
                var list = names.computeIfAbsent(recipient.getDocumentId(), id -> new ArrayList<>());
                if (!list.contains(recipient.getName())) {
                    list.add(recipient.getName());
                }
            }
        }
        return names;
    }
}
