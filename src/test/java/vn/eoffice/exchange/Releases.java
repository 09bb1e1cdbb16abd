package vn.eoffice.exchange;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.documents.outgoing.CircuitStep;
import vn.eoffice.documents.outgoing.OutgoingDraft;
import vn.eoffice.documents.outgoing.OutgoingManagement;
import vn.eoffice.documents.outgoing.OutgoingRelease;
import vn.eoffice.documents.outgoing.ReviewCircuit;
import vn.eoffice.documents.outgoing.ReviewStep;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.Secrecy;

/** An outgoing document taken through the demo commission's workflow: drafted, approved, signed, released. */
public final class Releases {

    private Releases() {
    }

    /** Drafted by {@code drafter}, signed by "lanhdao", released by "vanthu" to the address-book agencies. */
    public static Document release(ApplicationContext context, String drafter, String summary, List<Long> agencyIds,
            String replyTo) {
        var accounts = context.getBean(UserDetailsService.class);
        var author = (CurrentUser) accounts.loadUserByUsername(drafter);
        var leader = (CurrentUser) accounts.loadUserByUsername("lanhdao");
        var clerk = (CurrentUser) accounts.loadUserByUsername("vanthu");
        var drafts = context.getBean(OutgoingManagement.class);
        var circuit = context.getBean(ReviewCircuit.class);
        var release = context.getBean(OutgoingRelease.class);
        byte[] pdf;
        try {
            pdf = DemoExchange.pdf("draft " + Math.abs(summary.hashCode()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var stored = context.getBean(FileStorage.class).store("du-thao.pdf", new ByteArrayInputStream(pdf),
                author.id());
        var draft = drafts.draft(author, new OutgoingDraft(Direction.OUTGOING, "CV", summary, Urgency.NORMAL,
                Secrecy.NONE, replyTo, List.of(), List.of(), agencyIds, null),
                new AttachedFile(stored.id(), stored.name()), List.of());
        circuit.submit(author, draft.getId(), List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, leader.id())));
        circuit.decide(leader, draft.getId(), true, null);
        release.sign(leader, draft.getId());
        var register = context.getBean(RegisterManagement.class).activeRegisters(clerk.agencyId(),
                RegisterKind.OUTGOING).stream().filter(r -> !r.secretOnly() && r.name().startsWith("Sổ văn bản"))
                .findFirst().orElseThrow();
        return release.release(clerk, draft.getId(), register.id());
    }
}
