package vn.eoffice.exchange.edxml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.eoffice.exchange.edxml.EdxmlDocument.Attachment;
import vn.eoffice.exchange.edxml.EdxmlDocument.Business;
import vn.eoffice.exchange.edxml.EdxmlDocument.OtherInfo;
import vn.eoffice.exchange.edxml.EdxmlDocument.ResponseFor;
import vn.eoffice.exchange.edxml.EdxmlDocument.SignerInfo;
import vn.eoffice.exchange.edxml.EdxmlDocument.TraceHeader;

/**
 * Builds signed edXML packages and reads received ones. Reading is hardened: size limit first, then a parser
 * without DTDs or external entities, then the sender's signature against its registered certificate, and only then
 * the fields, each checked (strict dates, DocumentId form). Anything wrong is a {@link PackageRejected}.
 */
public final class PackageCodec {

    public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String P = "edXML:";
    /** The digest of each attachment in the signed manifest (the XML Encryption identifier XML-DSig uses). */
    static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    /** {@code <OrganId>,<yyyy/MM/dd>,<number>/<notation>}. */
    private static final Pattern DOCUMENT_ID = Pattern.compile("[^,\\s]{1,60},\\d{4}/\\d{2}/\\d{2},[^,]{1,100}");

    private final long maxPackageSize;

    public PackageCodec(long maxPackageSize) {
        this.maxPackageSize = maxPackageSize;
    }

    // ---- building ----

    public byte[] write(EdxmlDocument document, SigningKey key) {
        Document xml = SecureXml.newDocument();
        Element envelope = envelope(xml);
        Element header = add(envelope, "edXMLHeader");
        Element message = add(header, "MessageHeader");
        organization(add(message, "From"), document.from());
        for (var to : document.to()) {
            organization(add(message, "To"), to);
        }
        text(message, "DocumentId", document.documentId());
        Element code = add(message, "Code");
        text(code, "CodeNumber", document.codeNumber());
        text(code, "CodeNotation", document.codeNotation());
        Element promulgation = add(message, "PromulgationInfo");
        text(promulgation, "Place", document.place());
        text(promulgation, "PromulgationDate", Dates.format(document.promulgationDate()));
        Element type = add(message, "DocumentType");
        text(type, "Type", Integer.toString(document.type()));
        text(type, "TypeDetail", document.typeDetail());
        text(type, "TypeName", document.typeName());
        text(message, "Subject", document.subject());
        text(message, "Content", document.content());
        if (document.signer() != null) {
            Element signer = add(message, "SignerInfo");
            text(signer, "Competence", document.signer().competence());
            text(signer, "Position", document.signer().position());
            text(signer, "FullName", document.signer().fullName());
        }
        text(message, "DueDate", Dates.format(document.dueDate()));
        Element places = add(message, "ToPlaces");
        document.toPlaces().forEach(place -> text(places, "Place", place));
        if (document.otherInfo() != null) {
            var info = document.otherInfo();
            Element other = add(message, "OtherInfo");
            text(other, "Priority", Integer.toString(info.priority()));
            text(other, "SphereOfPromulgation", info.sphereOfPromulgation());
            text(other, "TyperNotation", info.typerNotation());
            text(other, "PromulgationAmount", str(info.promulgationAmount()));
            text(other, "PageAmount", str(info.pageAmount()));
            Element appendixes = add(other, "Appendixes");
            info.appendixes().forEach(appendix -> text(appendixes, "Appendix", appendix));
        }
        for (var response : document.responseFor()) {
            Element element = add(message, "ResponseFor");
            responseFor(element, response);
        }
        text(message, "SteeringType", str(document.steeringType()));
        Element traces = add(header, "TraceHeaderList");
        for (var trace : document.traces()) {
            Element element = add(traces, "TraceHeader");
            text(element, "OrganId", trace.organId());
            text(element, "Timestamp", Dates.format(trace.timestamp()));
        }
        var business = document.business() == null ? new Business(Business.NEW, null, List.of()) : document.business();
        Element bussiness = add(traces, "Bussiness");
        text(bussiness, "BussinessDocType", Integer.toString(business.docType()));
        text(bussiness, "BussinessDocReason", business.docReason());
        Element replacements = add(bussiness, "ReplacementInfoList");
        for (var replaced : business.replacedDocumentIds()) {
            Element info = add(replacements, "ReplacementInfo");
            text(info, "DocumentId", replaced);
        }
        Element body = add(envelope, "edXMLBody");
        Element manifest = add(body, "DocumentManifest");
        for (var attachment : document.attachments()) {
            Element reference = add(manifest, "Reference");
            text(reference, "ContentId", attachment.contentId());
            text(reference, "ContentType", attachment.contentType());
            text(reference, "Description", attachment.description());
            text(reference, "AttachmentName", attachment.name());
            text(reference, "DigestMethod", SHA256);
            text(reference, "DigestValue", Base64.getEncoder().encodeToString(sha256(attachment.content())));
        }
        // the signature covers everything but the base64 payloads, whose SHA-256 the signed manifest carries
        // (ADR 0008): canonicalisation no longer walks the file bytes at either end
        XmlSignatures.sign(xml, header, key.privateKey(), key.certificate());
        if (document.attachments().isEmpty()) {
            return SecureXml.serialize(xml);
        }
        // payloads are streamed into the serialised package at markers, not built as huge DOM strings
        String marker = "@@" + java.util.UUID.randomUUID() + "@@";
        for (int i = 0; i < document.attachments().size(); i++) {
            Element encoded = add(body, "AttachmentEncoded");
            text(encoded, "ContentId", document.attachments().get(i).contentId());
            text(encoded, "Value", marker + i + "#");
        }
        String serialized = new String(SecureXml.serialize(xml), StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream(serialized.length() + document.attachments().stream()
                .mapToInt(a -> a.content().length / 3 * 4 + 8).sum());
        int from = 0;
        for (int i = 0; i < document.attachments().size(); i++) {
            String placeholder = marker + i + "#";
            int at = serialized.indexOf(placeholder, from);
            if (at < 0) {
                throw new IllegalStateException("attachment marker lost while serialising the package");
            }
            out.writeBytes(serialized.substring(from, at).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(Base64.getEncoder().encode(document.attachments().get(i).content()));
            from = at + placeholder.length();
        }
        out.writeBytes(serialized.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] write(EdxmlStatus status, SigningKey key) {
        Document xml = SecureXml.newDocument();
        Element envelope = envelope(xml);
        Element header = add(envelope, "edXMLHeader");
        Element message = add(header, "MessageStatus");
        responseFor(add(message, "ResponseFor"), status.responseFor());
        organization(add(message, "From"), status.from());
        text(message, "StatusCode", status.statusCode());
        text(message, "Description", status.description());
        text(message, "Timestamp", Dates.format(status.timestamp()));
        if (status.staff() != null) {
            Element staff = add(message, "StaffInfo");
            text(staff, "Department", status.staff().department());
            text(staff, "Staff", status.staff().staff());
            text(staff, "Mobile", status.staff().mobile());
            text(staff, "Email", status.staff().email());
        }
        add(envelope, "edXMLBody");
        XmlSignatures.sign(xml, header, key.privateKey(), key.certificate());
        return SecureXml.serialize(xml);
    }

    private static Element envelope(Document xml) {
        Element envelope = xml.createElementNS(NS, P + "edXMLEnvelope");
        envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:edXML", NS);
        xml.appendChild(envelope);
        return envelope;
    }

    private static void organization(Element element, Organization organization) {
        text(element, "OrganId", organization.organId());
        text(element, "OrganizationInCharge", organization.organizationInCharge());
        text(element, "OrganName", organization.organName());
        text(element, "OrganAdd", organization.organAdd());
        text(element, "Email", organization.email());
        text(element, "Telephone", organization.telephone());
        text(element, "Fax", organization.fax());
        text(element, "Website", organization.website());
    }

    private static void responseFor(Element element, ResponseFor response) {
        text(element, "OrganId", response.organId());
        text(element, "Code", response.code());
        text(element, "PromulgationDate", Dates.format(response.promulgationDate()));
        text(element, "DocumentId", response.documentId());
    }

    private static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(NS, P + name);
        parent.appendChild(child);
        return child;
    }

    private static void text(Element parent, String name, String value) {
        if (value != null) {
            add(parent, name).setTextContent(value);
        }
    }

    private static String str(Integer value) {
        return value == null ? null : value.toString();
    }

    // ---- reading ----

    /**
     * Reads and verifies a received package. {@code certificateOf} gives the registered certificate of an OrganId
     * (empty: unknown sender).
     */
    public ParsedPackage read(byte[] bytes, Function<String, Optional<X509Certificate>> certificateOf) {
        if (bytes == null || bytes.length == 0) {
            throw new PackageRejected("Gói tin rỗng");
        }
        if (bytes.length > maxPackageSize) {
            throw new PackageRejected("Gói tin vượt quá dung lượng cho phép (" + maxPackageSize / (1024 * 1024)
                    + " MB)");
        }
        Document xml = SecureXml.parse(bytes);
        Element envelope = xml.getDocumentElement();
        if (!NS.equals(envelope.getNamespaceURI()) || !"edXMLEnvelope".equals(envelope.getLocalName())) {
            throw new PackageRejected("Gói tin không theo QCVN 102:2016 (thiếu edXMLEnvelope)");
        }
        Element header = required(envelope, "edXMLHeader");
        Element status = child(header, "MessageStatus");
        Element message = status != null ? status : required(header, "MessageHeader");
        String sender = requiredText(required(message, "From"), "OrganId");
        X509Certificate certificate = certificateOf.apply(sender)
                .orElseThrow(() -> new PackageRejected("Cơ quan gửi " + Dates.abbreviate(sender)
                        + " chưa được đăng ký trao đổi văn bản"));
        Element body = child(envelope, "edXMLBody");
        List<Element> payloads = body == null ? List.of() : children(body, "AttachmentEncoded");
        boolean digested = digested(body);
        if (digested) {
            // the payloads are outside the signature: detach them, verify the rest, then check each payload
            // against the SHA-256 the signed manifest carries for its ContentId
            payloads.forEach(body::removeChild);
        }
        XmlSignatures.verify(xml, certificate.getPublicKey());
        if (status != null) {
            return new ParsedPackage(null, readStatus(status));
        }
        if (body == null) {
            throw new PackageRejected("Gói tin thiếu phần tử edXMLBody");
        }
        return new ParsedPackage(readDocument(header, message, body, payloads, digested), null);
    }

    /**
     * Whether the manifest carries a digest for its attachments (then the signature leaves the payloads out). All
     * or none: a manifest mixing both is refused. Packages without digests (earlier versions) are signed whole.
     */
    private static boolean digested(Element body) {
        Element manifest = body == null ? null : child(body, "DocumentManifest");
        if (manifest == null) {
            return false;
        }
        var references = children(manifest, "Reference");
        long withDigest = references.stream().filter(r -> child(r, "DigestValue") != null).count();
        if (withDigest != 0 && withDigest != references.size()) {
            throw new PackageRejected("Danh mục tệp đính kèm thiếu mã băm của một số tệp");
        }
        return withDigest > 0;
    }

    private EdxmlStatus readStatus(Element message) {
        String code = requiredText(message, "StatusCode");
        if (!code.matches("0[1-6]|1[3-6]")) {
            throw new PackageRejected("Mã trạng thái không hợp lệ: " + Dates.abbreviate(code));
        }
        Element staff = child(message, "StaffInfo");
        return new EdxmlStatus(readResponseFor(required(message, "ResponseFor")),
                readOrganization(required(message, "From")), code, text(message, "Description"),
                Dates.time(requiredText(message, "Timestamp"), "Timestamp"),
                staff == null ? null : new EdxmlStatus.StaffInfo(text(staff, "Department"), text(staff, "Staff"),
                        text(staff, "Mobile"), text(staff, "Email")));
    }

    private EdxmlDocument readDocument(Element header, Element message, Element body, List<Element> payloads,
            boolean digested) {
        var to = children(message, "To").stream().map(PackageCodec::readOrganization).toList();
        if (to.isEmpty()) {
            throw new PackageRejected("Gói tin thiếu nơi nhận (To)");
        }
        String documentId = requiredText(message, "DocumentId");
        if (!DOCUMENT_ID.matcher(documentId).matches()) {
            throw new PackageRejected("DocumentId không đúng dạng <OrganId>,<yyyy/MM/dd>,<số>/<ký hiệu>: "
                    + Dates.abbreviate(documentId));
        }
        Dates.date(documentId.split(",")[1], "DocumentId");
        Element code = required(message, "Code");
        Element promulgation = required(message, "PromulgationInfo");
        Element type = required(message, "DocumentType");
        Element signer = child(message, "SignerInfo");
        Element places = child(message, "ToPlaces");
        Element other = child(message, "OtherInfo");
        OtherInfo otherInfo = null;
        if (other != null) {
            Element appendixes = child(other, "Appendixes");
            otherInfo = new OtherInfo(integer(text(other, "Priority"), "Priority", 0, 4, 0),
                    text(other, "SphereOfPromulgation"), text(other, "TyperNotation"),
                    integer(text(other, "PromulgationAmount"), "PromulgationAmount", 0, 100000, null),
                    integer(text(other, "PageAmount"), "PageAmount", 0, 100000, null),
                    appendixes == null ? List.of() : texts(appendixes, "Appendix"));
        }
        Element traceList = child(header, "TraceHeaderList");
        List<TraceHeader> traces = new ArrayList<>();
        Business business = new Business(Business.NEW, null, List.of());
        if (traceList != null) {
            for (var trace : children(traceList, "TraceHeader")) {
                traces.add(new TraceHeader(requiredText(trace, "OrganId"),
                        Dates.time(text(trace, "Timestamp"), "TraceHeader/Timestamp")));
            }
            Element bussiness = child(traceList, "Bussiness");
            if (bussiness != null) {
                Element replacements = child(bussiness, "ReplacementInfoList");
                List<String> replaced = new ArrayList<>();
                if (replacements != null) {
                    children(replacements, "ReplacementInfo").forEach(r -> replaced.add(requiredText(r, "DocumentId")));
                }
                business = new Business(integer(requiredText(bussiness, "BussinessDocType"), "BussinessDocType",
                        0, 3, 0), text(bussiness, "BussinessDocReason"), replaced);
            }
        }
        return new EdxmlDocument(readOrganization(required(message, "From")), to, documentId,
                requiredText(code, "CodeNumber"), requiredText(code, "CodeNotation"), text(promulgation, "Place"),
                Dates.date(requiredText(promulgation, "PromulgationDate"), "PromulgationDate"),
                integer(requiredText(type, "Type"), "Type", 0, 99, 0), text(type, "TypeDetail"),
                text(type, "TypeName"), requiredText(message, "Subject"), text(message, "Content"),
                signer == null ? null : new SignerInfo(text(signer, "Competence"), text(signer, "Position"),
                        text(signer, "FullName")),
                Dates.date(text(message, "DueDate"), "DueDate"), places == null ? List.of() : texts(places, "Place"),
                otherInfo, children(message, "ResponseFor").stream().map(PackageCodec::readResponseFor).toList(),
                integer(text(message, "SteeringType"), "SteeringType", 0, 99, null), traces, business,
                readAttachments(body, payloads, digested));
    }

    private static List<Attachment> readAttachments(Element body, List<Element> encoded, boolean digested) {
        Element manifest = child(body, "DocumentManifest");
        List<Attachment> attachments = new ArrayList<>();
        if (manifest == null) {
            if (!encoded.isEmpty()) {
                throw new PackageRejected("Tệp đính kèm không khớp với danh mục (manifest)");
            }
            return attachments;
        }
        for (var reference : children(manifest, "Reference")) {
            String id = requiredText(reference, "ContentId");
            Element value = encoded.stream().filter(e -> id.equals(text(e, "ContentId"))).findFirst()
                    .orElseThrow(() -> new PackageRejected("Thiếu tệp đính kèm " + Dates.abbreviate(id)));
            byte[] content;
            try {
                content = Base64.getMimeDecoder().decode(requiredText(value, "Value"));
            } catch (IllegalArgumentException e) {
                throw new PackageRejected("Tệp đính kèm " + Dates.abbreviate(id) + " không phải base64 hợp lệ");
            }
            if (digested) {
                if (!SHA256.equals(requiredText(reference, "DigestMethod").trim())) {
                    throw new PackageRejected("Thuật toán băm tệp đính kèm không được chấp nhận");
                }
                byte[] expected;
                try {
                    expected = Base64.getMimeDecoder().decode(requiredText(reference, "DigestValue").trim());
                } catch (IllegalArgumentException e) {
                    throw new PackageRejected("Mã băm của tệp đính kèm " + Dates.abbreviate(id) + " không hợp lệ");
                }
                if (!MessageDigest.isEqual(expected, sha256(content))) {
                    throw new PackageRejected("Tệp đính kèm " + Dates.abbreviate(id)
                            + " không khớp mã băm đã ký: gói tin đã bị thay đổi");
                }
            }
            attachments.add(new Attachment(id, requiredText(reference, "AttachmentName"),
                    text(reference, "ContentType"), text(reference, "Description"), content));
        }
        if (encoded.size() != attachments.size()) {
            throw new PackageRejected("Tệp đính kèm không khớp với danh mục (manifest)");
        }
        return attachments;
    }

    private static Organization readOrganization(Element element) {
        return new Organization(requiredText(element, "OrganId"), text(element, "OrganizationInCharge"),
                text(element, "OrganName"), text(element, "OrganAdd"), text(element, "Email"),
                text(element, "Telephone"), text(element, "Fax"), text(element, "Website"));
    }

    private static ResponseFor readResponseFor(Element element) {
        return new ResponseFor(text(element, "OrganId"), text(element, "Code"),
                Dates.date(text(element, "PromulgationDate"), "ResponseFor/PromulgationDate"),
                requiredText(element, "DocumentId"));
    }

    private static Integer integer(String text, String field, int min, int max, Integer absent) {
        if (text == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new PackageRejected("Giá trị không hợp lệ ở " + field + ": " + Dates.abbreviate(text));
        }
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && NS.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && NS.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(Element::getTextContent).toList();
    }

    private static Element required(Element parent, String name) {
        Element child = child(parent, name);
        if (child == null) {
            throw new PackageRejected("Gói tin thiếu phần tử " + name);
        }
        return child;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent();
    }

    private static String requiredText(Element parent, String name) {
        String value = text(parent, name);
        if (value == null || value.isBlank()) {
            throw new PackageRejected("Gói tin thiếu " + name);
        }
        return value;
    }
}
