package vn.eoffice.documents.outgoing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;

import vn.eoffice.OfficeDate;
import vn.eoffice.documents.AttachedFile;
import vn.eoffice.documents.Direction;
import vn.eoffice.documents.Document;
import vn.eoffice.documents.RegisterChoice;
import vn.eoffice.documents.RegisterKind;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.files.FileStorage;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.organization.OrganizationDirectory;
import vn.eoffice.platform.Secrecy;

/** Test helpers: demo people, stored PDF files, a draft taken up to a given stage. */
abstract class OutgoingFixtures {

    @Autowired UserDetailsService accounts;
    @Autowired FileStorage storage;
    @Autowired OutgoingManagement drafts;
    @Autowired ReviewCircuit circuit;
    @Autowired OutgoingRelease release;
    @Autowired RegisterManagement registers;
    @Autowired OrganizationDirectory organization;

    CurrentUser as(String username) {
        return (CurrentUser) accounts.loadUserByUsername(username);
    }

    AttachedFile pdf(String name, CurrentUser uploader) {
        var stored = storage.store(name, new ByteArrayInputStream(pdfBytes()), uploader.id());
        return new AttachedFile(stored.id(), stored.name());
    }

    static byte[] pdfBytes() {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OutgoingDraft draft(Secrecy secrecy, List<Long> units, List<Long> agencies) {
        return new OutgoingDraft(Direction.OUTGOING, "CV", "Về việc " + UUID.randomUUID(), Urgency.NORMAL, secrecy,
                null, units, List.of(), agencies, null);
    }

    Long unit(String abbreviation) {
        var me = as("vanthu");
        return organization.units(me.agencyId(), OfficeDate.today()).stream()
                .filter(u -> abbreviation.equals(u.abbreviation())).findFirst().orElseThrow().id();
    }

    RegisterChoice register(boolean secret) {
        return registers.activeRegisters(as("vanthu").agencyId(), RegisterKind.OUTGOING).stream()
                .filter(r -> r.secretOnly() == secret && r.name().startsWith("Sổ văn bản")).findFirst()
                .orElseThrow();
    }

    /** A draft by chuyenvien with one version, approved by lanhdao through a one-step circuit and signed. */
    Document signed(Secrecy secrecy) {
        var officer = as(secrecy == Secrecy.NONE ? "chuyenvien" : "truongphong");
        var document = drafts.draft(officer, draft(secrecy, List.of(unit("KGVH")), List.of()),
                pdf("duthao.pdf", officer), List.of());
        circuit.submit(officer, document.getId(),
                List.of(new CircuitStep(1, ReviewStep.Kind.APPROVAL, as("lanhdao").id())));
        circuit.decide(as("lanhdao"), document.getId(), true, null);
        release.sign(as("lanhdao"), document.getId());
        return document;
    }
}
