package vn.eoffice.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Actor;
import vn.eoffice.platform.SearchableRecord;
import vn.eoffice.platform.SearchableSource;

/**
 * Monitored Party documents for the office-wide search: kind, notation and title, the issuer and the plan's items;
 * known to the whole agency, as on the monitoring pages.
 */
@Component
@Transactional(readOnly = true)
class MonitoringSearchables implements SearchableSource {

    static final String KIND = "MONITORED";

    private final MonitoredDocuments documents;
    private final PlanItems items;
    private final MessageSource messages;

    MonitoringSearchables(MonitoredDocuments documents, PlanItems items, MessageSource messages) {
        this.documents = documents;
        this.items = items;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<SearchableRecord> find(Long id) {
        return documents.findById(id).map(document -> {
            String kindName = messages.getMessage("monitoring.kind." + document.getKind().name(), null, Locale.ROOT);
            String title = Stream.of(kindName, document.getNotation(), document.getTitle()).filter(s -> s != null)
                    .collect(Collectors.joining(" "));
            String text = Stream.concat(Stream.of(document.getIssuer()),
                    items.findByMonitoredDocumentIdOrderById(id).stream().map(PlanItem::getTitle))
                    .filter(s -> s != null).collect(Collectors.joining("\n"));
            return new SearchableRecord(KIND, id, document.getAgencyId(), title, text, kindName,
                    document.getIssuedOn(), "/monitoring/" + id);
        });
    }

    @Override
    public List<Long> ids() {
        return documents.allIds();
    }

    @Override
    public Set<Long> visible(Actor actor, Collection<Long> ids) {
        if (!(actor instanceof CurrentUser user)) {
            return Set.of();
        }
        return documents.findAllById(ids).stream().filter(d -> user.agencyId().equals(d.getAgencyId()))
                .map(MonitoredDocument::getId).collect(Collectors.toSet());
    }
}
