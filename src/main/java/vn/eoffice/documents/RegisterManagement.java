package vn.eoffice.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.eoffice.audit.AuditLog;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.platform.Secrecy;

/**
 * Registers, document types, and the issuing of numbers. {@link #issue} only runs inside the transaction that
 * registers or releases the document, so the number and the document commit or roll back together.
 */
@Service
@Transactional
public class RegisterManagement {

    private final Registers registers;
    private final DocumentTypes types;
    private final NumberCounters counters;
    private final NumberingPlans plans;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final Clock clock;

    RegisterManagement(Registers registers, DocumentTypes types, NumberCounters counters, NumberingPlans plans,
            OrganizationDirectory organization, AuditLog audit, Clock clock) {
        this.registers = registers;
        this.types = types;
        this.counters = counters;
        this.plans = plans;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    public Register create(Register register) {
        organization.agency(register.getAgencyId());
        refuseRepeatedNumbers(register);
        var saved = registers.save(register);
        audit.record("REGISTER_CREATED", "REGISTER", saved.getId(), saved.getName() + " " + saved.getPolicy());
        return saved;
    }

    public Register create(RegisterForm form) {
        return create(new Register(form.agencyId(), form.kind(), form.name().trim(), form.partyRules(), form.policy(),
                form.secretOnly(), form.separateSeriesName()));
    }

    /**
     * Changes the register's name, policy or state. Numbers already issued stay as they are; a changed policy
     * applies from the next number on.
     */
    public Register update(Long id, RegisterForm form) {
        var register = get(id);
        register.update(form.name().trim(), form.policy(), form.secretOnly(), form.separateSeriesName(),
                form.active());
        refuseRepeatedNumbers(register);
        plans.forget(id);
        audit.record("REGISTER_UPDATED", "REGISTER", id, form.name() + " " + form.policy());
        return register;
    }

    /** What the next number would look like today, without issuing it (a preview for the administrator). */
    @Transactional(readOnly = true)
    public String preview(Long registerId, String typeCode, LocalDate date) {
        var register = get(registerId);
        var policy = register.getPolicy();
        DocumentType type = typeCode == null ? null : types.findByCode(typeCode).orElse(null);
        Long termId = policy.reset() == NumberingPolicy.Reset.PER_TERM
                ? organization.termOn(register.getAgencyId(), date).map(t -> t.id()).orElse(null) : null;
        if (policy.reset() == NumberingPolicy.Reset.PER_TERM && termId == null) {
            return "—";
        }
        String series = register.seriesKey(type == null ? "-" : type.getCode(), register.isSecretOnly());
        long next = counters.peek(register.getAgencyId(), series, policy.periodKey(date, termId)) + 1;
        return policy.render(next, register.writesTypeCode(type), type == null ? null : type.getCode(),
                organization.agency(register.getAgencyId()).abbreviation(), "VP", date);
    }

    /**
     * Issues the next number of the register for a document; joins the caller's transaction. The register, type and
     * agency are read before the counter row is locked (or come from a plan a few seconds old, checked against the
     * register's version in the locking statement), so the lock is held only from that statement to the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedNumber issue(Long registerId, NumberRequest request) {
        var plan = plans.get(registerId, request, () -> plan(registerId, request));
        var ordinal = counters.nextIfCurrent(plan.agencyId(), plan.registerId(), plan.registerVersion(),
                plan.seriesKey(), plan.periodKey());
        if (ordinal.isEmpty()) {
            // the register changed since the plan was made, or this is the first number of a year or term
            plans.forget(registerId);
            plan = plan(registerId, request);
            ordinal = OptionalLong.of(counters.next(plan.agencyId(), plan.seriesKey(), plan.periodKey()));
        }
        return plan.number(ordinal.getAsLong(), request);
    }

    private NumberingPlans.Plan plan(Long registerId, NumberRequest request) {
        var register = get(registerId);
        if (!register.isActive()) {
            throw new DomainException("register.inactive", register.getName());
        }
        boolean secret = request.secrecy() != null && request.secrecy() != Secrecy.NONE;
        if (register.isSecretOnly() != secret) {
            throw new DomainException(secret ? "register.secretNeedsSecretRegister" : "register.onlySecret");
        }
        var policy = register.getPolicy();
        DocumentType type = request.typeCode() == null ? null : known(request.typeCode());
        Long termId = policy.reset() == NumberingPolicy.Reset.PER_TERM
                ? organization.termOn(register.getAgencyId(), request.date()).map(t -> t.id()).orElse(null)
                : null;
        return new NumberingPlans.Plan(registerId, register.getVersion(), register.getAgencyId(),
                register.seriesKey(type == null ? "-" : type.getCode(), secret),
                policy.periodKey(request.date(), termId),
                policy, register.writesTypeCode(type), type == null ? null : type.getCode(),
                organization.agency(register.getAgencyId()).abbreviation());
    }

    @Transactional(readOnly = true)
    public Register get(Long id) {
        return registers.findById(id).orElseThrow(() -> new NotFoundException("register " + id));
    }

    @Transactional(readOnly = true)
    public List<Register> registersOf(Long agencyId) {
        return registers.findByAgencyIdOrderByKindAscNameAsc(agencyId);
    }

    @Transactional(readOnly = true)
    public List<RegisterChoice> activeRegisters(Long agencyId, RegisterKind kind) {
        return registers.findByAgencyIdAndKindAndActiveTrueOrderBySecretOnlyAscNameAsc(agencyId, kind).stream()
                .map(RegisterChoice::of).toList();
    }

    /**
     * The book an incoming document is entered in: the one the clerk chose, except that a secret document goes to
     * the agency's secret incoming register (sổ đăng ký văn bản mật đến), whichever ordinary register was chosen.
     */
    @Transactional(readOnly = true)
    public Register incomingRegister(Long agencyId, Long chosenId, Secrecy secrecy) {
        var chosen = registers.findById(chosenId).filter(r -> r.getAgencyId().equals(agencyId)
                && r.getKind() == RegisterKind.INCOMING).orElseThrow(
                        () -> new DomainException("document.register.notIncoming"));
        boolean secret = secrecy != null && secrecy != Secrecy.NONE;
        if (secret == chosen.isSecretOnly()) {
            return chosen;
        }
        if (!secret) {
            throw new DomainException("register.onlySecret");
        }
        return registers.findByAgencyIdAndKindAndActiveTrueOrderBySecretOnlyAscNameAsc(agencyId, RegisterKind.INCOMING)
                .stream().filter(Register::isSecretOnly).findFirst()
                .orElseThrow(() -> new DomainException("register.secretIncomingMissing"));
    }

    /** For each register of the agency, the other registers that draw from the same series. */
    @Transactional(readOnly = true)
    public Map<Long, List<Register>> seriesSharing(Long agencyId) {
        var all = registersOf(agencyId);
        var sharing = new LinkedHashMap<Long, List<Register>>();
        for (var register : all) {
            sharing.put(register.getId(), all.stream()
                    .filter(other -> other != register && register.sharesCountersWith(other)).toList());
        }
        return sharing;
    }

    /**
     * Refuses a register that could issue a number and symbol that another active register of the agency issues
     * from another counter (Decree 30: unique within the agency; 36-HD/VPTW: one series per type and term).
     */
    private void refuseRepeatedNumbers(Register register) {
        if (!register.isActive()) {
            return;
        }
        var date = LocalDate.now(clock);
        String org = organization.agency(register.getAgencyId()).abbreviation();
        var allTypes = types.findAllByOrderBySortOrderAscNameAsc();
        var mine = SeriesSamples.of(register, allTypes, org, date);
        for (var other : registers.findByAgencyIdAndActiveTrue(register.getAgencyId())) {
            if (Objects.equals(other.getId(), register.getId()) || !register.numbersLike(other)
                    || register.sharesCountersWith(other)) {
                continue;
            }
            var same = SeriesSamples.of(other, allTypes, org, date).stream().filter(mine::contains).findFirst();
            if (same.isPresent()) {
                throw new DomainException("register.series.conflict", other.getName(), same.get());
            }
        }
    }

    @Transactional(readOnly = true)
    public DocumentTypeView type(String code) {
        return DocumentTypeView.of(known(code));
    }

    private DocumentType known(String code) {
        return types.findByCode(code).orElseThrow(() -> new DomainException("documentType.unknown", code));
    }

    /** The type's name ("Công văn") for its code ("CV"); the code itself only for a type no longer defined. */
    @Transactional(readOnly = true)
    public String typeName(String code) {
        return code == null ? null : types.findByCode(code).map(DocumentType::getName).orElse(code);
    }

    @Transactional(readOnly = true)
    public List<DocumentTypeView> types() {
        return types.findAllByOrderBySortOrderAscNameAsc().stream().map(DocumentTypeView::of).toList();
    }
}
