package vn.eoffice.exchange.edxml;

import static vn.eoffice.exchange.edxml.Elements.child;
import static vn.eoffice.exchange.edxml.Elements.children;
import static vn.eoffice.exchange.edxml.Elements.requiredText;
import static vn.eoffice.exchange.edxml.Elements.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.w3c.dom.Element;

import vn.eoffice.exchange.edxml.EdxmlDocument.Attachment;

/**
 * The base64 attachments of a received package, matched to its manifest by ContentId. The standard layout keeps them
 * in {@code edXML/AttachmentEncoded/Attachment}, under the signature like everything else. Packages of this module's
 * earlier versions ({@code edXMLEnvelope} at the root) kept them in {@code edXMLBody}, outside the signature but
 * bound to it by a SHA-256 in the signed manifest (ADR 0008); they are still read, the same way as before.
 */
final class Payloads {

    /** The digest of each attachment in an earlier version's signed manifest. */
    static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private record Payload(Element element, String contentId, String base64) {
    }

    private final List<Payload> payloads;
    private final Element legacyBody;
    private final boolean digested;

    private Payloads(List<Payload> payloads, Element legacyBody, boolean digested) {
        this.payloads = payloads;
        this.legacyBody = legacyBody;
        this.digested = digested;
    }

    static Payloads of(Element root) {
        List<Payload> found = new ArrayList<>();
        for (var block : children(root, "AttachmentEncoded")) {
            for (var attachment : children(block, "Attachment")) {
                found.add(new Payload(attachment, text(attachment, "ContentId"),
                        requiredText(attachment, "ContentTransferEncoded")));
            }
        }
        return new Payloads(found, null, false);
    }

    static Payloads legacy(Element body) {
        if (body == null) {
            return new Payloads(List.of(), null, false);
        }
        var found = children(body, "AttachmentEncoded").stream()
                .map(e -> new Payload(e, text(e, "ContentId"), requiredText(e, "Value"))).toList();
        Element manifest = child(body, "DocumentManifest");
        var references = manifest == null ? List.<Element>of() : children(manifest, "Reference");
        long withDigest = references.stream().filter(r -> child(r, "DigestValue") != null).count();
        if (withDigest != 0 && withDigest != references.size()) {
            throw new PackageRejected("Danh mục tệp đính kèm thiếu mã băm của một số tệp");
        }
        return new Payloads(found, body, withDigest > 0);
    }

    /** An earlier version's payloads outside the signature are detached before the signature is checked. */
    void detachUnsigned() {
        if (digested) {
            payloads.forEach(p -> legacyBody.removeChild(p.element()));
        }
    }

    List<Attachment> read(Element body) {
        Element manifest = legacyBody != null ? child(body, "DocumentManifest") : child(body, "edXMLManifest");
        List<Attachment> attachments = new ArrayList<>();
        var references = manifest == null ? List.<Element>of() : children(manifest, "Reference");
        for (var reference : references) {
            String id = requiredText(reference, "ContentId");
            var payload = payloads.stream().filter(p -> id.equals(p.contentId())).findFirst()
                    .orElseThrow(() -> new PackageRejected("Thiếu tệp đính kèm " + Dates.abbreviate(id)));
            byte[] content;
            try {
                content = Base64.getMimeDecoder().decode(payload.base64());
            } catch (IllegalArgumentException e) {
                throw new PackageRejected("Tệp đính kèm " + Dates.abbreviate(id) + " không phải base64 hợp lệ");
            }
            if (digested) {
                checkDigest(reference, id, content);
            }
            attachments.add(new Attachment(id, requiredText(reference, "AttachmentName"),
                    text(reference, "ContentType"), text(reference, "Description"), content));
        }
        if (payloads.size() != attachments.size()) {
            throw new PackageRejected("Tệp đính kèm không khớp với danh mục (manifest)");
        }
        return attachments;
    }

    private static void checkDigest(Element reference, String id, byte[] content) {
        if (!SHA256.equals(requiredText(reference, "DigestMethod"))) {
            throw new PackageRejected("Thuật toán băm tệp đính kèm không được chấp nhận");
        }
        byte[] expected;
        try {
            expected = Base64.getMimeDecoder().decode(requiredText(reference, "DigestValue"));
        } catch (IllegalArgumentException e) {
            throw new PackageRejected("Mã băm của tệp đính kèm " + Dates.abbreviate(id) + " không hợp lệ");
        }
        if (!MessageDigest.isEqual(expected, sha256(content))) {
            throw new PackageRejected("Tệp đính kèm " + Dates.abbreviate(id)
                    + " không khớp mã băm đã ký: gói tin đã bị thay đổi");
        }
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
