package vn.eoffice.organization.addressbook;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.eoffice.organization.AgencyKind;
import vn.eoffice.organization.SearchText;

/**
 * Agency kinds as they appear in a CSV file: the code (STATE_AGENCY) or the Vietnamese label (Cơ quan nhà nước),
 * with or without diacritics; export writes the label.
 */
@Component
class KindNames {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    KindNames(MessageSource messages) {
        this.messages = messages;
    }

    Optional<AgencyKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = SearchText.fold(text);
        for (AgencyKind kind : AgencyKind.values()) {
            if (kind.name().equalsIgnoreCase(text.strip()) || SearchText.fold(label(kind)).equals(folded)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    String label(AgencyKind kind) {
        return messages.getMessage(kind.messageKey(), null, kind.name(), VIETNAMESE);
    }
}
