package vn.eoffice.documents.exports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.documents.Participant;
import vn.eoffice.documents.Register;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.outgoing.RecipientNames;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.identity.Role;
import vn.eoffice.identity.UserManagement;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Dates;
import vn.eoffice.platform.DomainException;

/**
 * Prints a register for a period (Decree 30 columns), in arrival or issue order, as a paged preview, PDF or XLSX.
 * Only clerks and leaders of the register's agency may do so, and each sees only the documents the access rule
 * lets them see (a secret document is left out for someone not cleared for it). Every export is audited.
 */
@Service
@Transactional(readOnly = true)
public class RegisterExport {

    /** Registers are records of the State: always printed in Vietnamese, whatever the screen language. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final RegisterManagement registers;
    private final VisibleDocuments documents;
    private final OrganizationDirectory organization;
    private final RecipientNames recipientNames;
    private final UserManagement users;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    RegisterExport(RegisterManagement registers, VisibleDocuments documents, OrganizationDirectory organization,
            RecipientNames recipientNames, UserManagement users, MessageSource messages, AuditLog audit,
            Clock clock) {
        this.registers = registers;
        this.documents = documents;
        this.organization = organization;
        this.recipientNames = recipientNames;
        this.users = users;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** A period of the register: the given dates, or this whole year when they are missing. */
    public record Period(LocalDate from, LocalDate to) {
    }

    public record Preview(Register register, Period period, List<String> headers, Page<List<String>> rows) {
    }

    public Period period(LocalDate from, LocalDate to) {
        int year = LocalDate.now(clock).getYear();
        var period = new Period(from != null ? from : LocalDate.of(year, 1, 1),
                to != null ? to : LocalDate.of(year, 12, 31));
        if (period.from().isAfter(period.to())) {
            throw new DomainException("registerExport.period.invalid");
        }
        return period;
    }

    /** The registers this person may print (empty for anyone but clerks and leaders). */
    public List<Register> printable(CurrentUser user) {
        return mayPrint(user) ? registers.registersOf(user.agencyId()) : List.of();
    }

    public static boolean mayPrint(CurrentUser user) {
        return user.hasRole(Role.CLERK) || user.hasRole(Role.LEADER);
    }

    public Preview preview(CurrentUser user, Long registerId, LocalDate from, LocalDate to, Pageable pageable) {
        var register = allowed(user, registerId);
        var period = period(from, to);
        var lines = new Lines(register);
        var found = documents.inRegister(user, registerId, byArrival(register), period.from(), period.to(),
                pageable);
        lines.load(found.getContent());
        var page = found.map(d -> lines.row(d).stream().map(PdfWriter::cell).toList());
        return new Preview(register, period, headers(register), page);
    }

    @Transactional
    public ExportFile export(CurrentUser user, Long registerId, LocalDate from, LocalDate to, ExportFormat format) {
        var register = allowed(user, registerId);
        var period = period(from, to);
        var lines = new Lines(register);
        var rows = new ArrayList<List<Object>>();
        var found = documents.inRegister(user, registerId, byArrival(register), period.from(), period.to());
        lines.load(found);
        found.forEach(d -> rows.add(lines.row(d)));
        var columns = new ArrayList<ExportTable.Column>();
        var headers = headers(register);
        var spec = RegisterColumns.of(register.getKind());
        for (int i = 0; i < spec.size(); i++) {
            columns.add(new ExportTable.Column(headers.get(i), Integer.parseInt(spec.get(i)[1])));
        }
        var table = new ExportTable(organization.agency(register.getAgencyId()).name(),
                message("registerExport.heading." + register.getKind()),
                register.getName() + " — " + message("registerExport.period", Dates.DATE.format(period.from()),
                        Dates.DATE.format(period.to())),
                columns, rows);
        byte[] content = format == ExportFormat.PDF ? PdfWriter.write(table) : XlsxWriter.write(table);
        audit.record("REGISTER_EXPORTED", "REGISTER", registerId,
                format + " " + period.from() + ".." + period.to() + ", " + rows.size() + " văn bản");
        String name = "so-van-ban-" + registerId + "-" + period.from() + "-" + period.to() + "." + format.extension();
        return new ExportFile(name, format.contentType(), content);
    }

    private List<String> headers(Register register) {
        return RegisterColumns.of(register.getKind()).stream().map(c -> message("registerExport.column." + c[0]))
                .toList();
    }

    private Register allowed(CurrentUser user, Long registerId) {
        var register = registers.get(registerId);
        if (!mayPrint(user) || !register.getAgencyId().equals(user.agencyId())) {
            throw new AccessDeniedException("register " + registerId);
        }
        return register;
    }

    private static boolean byArrival(Register register) {
        return register.getKind() == RegisterKind.INCOMING;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /** Builds register lines, naming people and units once each and reading recipients for many lines at once. */
    private final class Lines {

        private final Register register;
        private final Map<String, String> typeNames = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private Map<Long, List<String>> recipients = Map.of();

        Lines(Register register) {
            this.register = register;
            registers.types().forEach(t -> typeNames.put(t.code(), t.name()));
        }

        /** Reads the recipients of the documents about to be printed (outgoing and internal registers). */
        void load(List<vn.eoffice.documents.Document> documents) {
            if (!byArrival(register)) {
                recipients = recipientNames.of(documents.stream().map(vn.eoffice.documents.Document::getId)
                        .toList());
            }
        }

        List<Object> row(vn.eoffice.documents.Document d) {
            return RegisterColumns.row(register.getKind(), d, typeNames, this::name, this::unit,
                    recipients.getOrDefault(d.getId(), List.of()));
        }

        private String name(Participant p) {
            return p.userId() != null
                    ? names.computeIfAbsent("u" + p.userId(), k -> users.summary(p.userId()).fullName())
                    : unit(p.unitId());
        }

        private String unit(Long unitId) {
            return unitId == null ? null
                    : names.computeIfAbsent("o" + unitId, k -> organization.unit(unitId).name());
        }
    }
}
