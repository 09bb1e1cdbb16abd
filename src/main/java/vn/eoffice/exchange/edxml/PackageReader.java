package vn.eoffice.exchange.edxml;

import static vn.eoffice.exchange.edxml.Elements.child;
import static vn.eoffice.exchange.edxml.Elements.children;
import static vn.eoffice.exchange.edxml.Elements.integer;
import static vn.eoffice.exchange.edxml.Elements.required;
import static vn.eoffice.exchange.edxml.Elements.requiredText;
import static vn.eoffice.exchange.edxml.Elements.text;
import static vn.eoffice.exchange.edxml.Elements.texts;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.eoffice.exchange.edxml.EdxmlDocument.Business;
import vn.eoffice.exchange.edxml.EdxmlDocument.OtherInfo;
import vn.eoffice.exchange.edxml.EdxmlDocument.ResponseFor;
import vn.eoffice.exchange.edxml.EdxmlDocument.SignerInfo;
import vn.eoffice.exchange.edxml.EdxmlDocument.TraceHeader;

/**
 * Reads a received package: the size limit first, then a parser without DTDs or external entities, then the
 * sender's signature against its registered certificate, and only then the fields, each checked.
 */
final class PackageReader {

    /** {@code <OrganId>,<yyyy/MM/dd>,<number>/<notation>}. */
    private static final Pattern DOCUMENT_ID = Pattern.compile("[^,\\s]{1,60},\\d{4}/\\d{2}/\\d{2},[^,]{1,100}");

    private PackageReader() {
    }

    static ParsedPackage read(byte[] bytes, long maxPackageSize,
            Function<String, Optional<X509Certificate>> certificateOf) {
        if (bytes == null || bytes.length == 0) {
            throw new PackageRejected("Gói tin rỗng");
        }
        if (bytes.length > maxPackageSize) {
            throw new PackageRejected("Gói tin vượt quá dung lượng cho phép (" + maxPackageSize / (1024 * 1024)
                    + " MB)");
        }
        Document xml = SecureXml.parse(bytes);
        Element root = xml.getDocumentElement();
        if (!PackageCodec.NS.equals(root.getNamespaceURI())) {
            throw new PackageRejected("Gói tin không theo QCVN 102:2016 (thiếu edXMLEnvelope)");
        }
        Payloads payloads;
        Element envelope;
        if ("edXML".equals(root.getLocalName())) {
            envelope = required(root, "edXMLEnvelope");
            payloads = Payloads.of(root);
        } else if ("edXMLEnvelope".equals(root.getLocalName())) {
            envelope = root;
            payloads = Payloads.legacy(child(envelope, "edXMLBody"));
        } else {
            throw new PackageRejected("Gói tin không theo QCVN 102:2016 (thiếu edXMLEnvelope)");
        }
        Element header = required(envelope, "edXMLHeader");
        Element status = Optional.ofNullable(child(header, "Status")).orElse(child(header, "MessageStatus"));
        Element message = status != null ? status : required(header, "MessageHeader");
        String sender = requiredText(required(message, "From"), "OrganId");
        X509Certificate certificate = certificateOf.apply(sender)
                .orElseThrow(() -> new PackageRejected("Cơ quan gửi " + Dates.abbreviate(sender)
                        + " chưa được đăng ký trao đổi văn bản"));
        payloads.detachUnsigned();
        XmlSignatures.verify(xml, certificate.getPublicKey());
        if (status != null) {
            return new ParsedPackage(null, readStatus(status));
        }
        Element body = required(envelope, "edXMLBody");
        return new ParsedPackage(readDocument(header, message, payloads.read(body)), null);
    }

    private static EdxmlStatus readStatus(Element message) {
        String code = requiredText(message, "StatusCode");
        if (!code.matches("0[1-6]|1[3-6]")) {
            throw new PackageRejected("Mã trạng thái không hợp lệ: " + Dates.abbreviate(code));
        }
        Element staff = child(message, "StaffInfo");
        return new EdxmlStatus(readResponseFor(required(message, "ResponseFor")),
                readOrganization(required(message, "From")), code, text(message, "Description"),
                Dates.time(requiredText(message, "Timestamp"), "Timestamp"), staff == null ? null : readStaff(staff));
    }

    private static EdxmlDocument readDocument(Element header, Element message,
            List<EdxmlDocument.Attachment> attachments) {
        var to = children(message, "To").stream().map(PackageReader::readOrganization).toList();
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
        var due = Dates.dateWithTime(text(message, "DueDate"), "DueDate");
        return new EdxmlDocument(readOrganization(required(message, "From")), to, documentId,
                requiredText(code, "CodeNumber"), requiredText(code, "CodeNotation"), text(promulgation, "Place"),
                Dates.date(requiredText(promulgation, "PromulgationDate"), "PromulgationDate"),
                integer(requiredText(type, "Type"), "Type", 0, 99, 0), text(type, "TypeDetail"),
                text(type, "TypeName"), requiredText(message, "Subject"), text(message, "Content"),
                signer == null ? null : new SignerInfo(text(signer, "Competence"), text(signer, "Position"),
                        text(signer, "FullName")),
                due == null ? null : due.toLocalDate(), places == null ? List.of() : texts(places, "Place"),
                readOtherInfo(child(message, "OtherInfo")),
                children(message, "ResponseFor").stream().map(PackageReader::readResponseFor).toList(),
                integer(text(message, "SteeringType"), "SteeringType", 0, 99, null), readTraces(header),
                readBusiness(header), attachments,
                due == null || due.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? null : due.toLocalTime());
    }

    private static OtherInfo readOtherInfo(Element other) {
        if (other == null) {
            return null;
        }
        Element appendixes = child(other, "Appendixes");
        return new OtherInfo(integer(text(other, "Priority"), "Priority", 0, 4, 0),
                text(other, "SphereOfPromulgation"), text(other, "TyperNotation"),
                integer(text(other, "PromulgationAmount"), "PromulgationAmount", 0, 100000, null),
                integer(text(other, "PageAmount"), "PageAmount", 0, 100000, null),
                appendixes == null ? List.of() : texts(appendixes, "Appendix"));
    }

    private static List<TraceHeader> readTraces(Element header) {
        Element traceList = child(header, "TraceHeaderList");
        List<TraceHeader> traces = new ArrayList<>();
        if (traceList != null) {
            for (var trace : children(traceList, "TraceHeader")) {
                traces.add(new TraceHeader(requiredText(trace, "OrganId"),
                        Dates.traceTime(text(trace, "Timestamp"), "TraceHeader/Timestamp")));
            }
        }
        return traces;
    }

    private static Business readBusiness(Element header) {
        Element traceList = child(header, "TraceHeaderList");
        Element bussiness = traceList == null ? null : child(traceList, "Bussiness");
        if (bussiness == null) {
            return new Business(Business.NEW, null, List.of());
        }
        List<String> replaced = new ArrayList<>();
        Element replacements = child(bussiness, "ReplacementInfoList");
        if (replacements != null) {
            children(replacements, "ReplacementInfo").forEach(r -> replaced.add(requiredText(r, "DocumentId")));
        }
        return new Business(integer(requiredText(bussiness, "BussinessDocType"), "BussinessDocType", 0, 3, 0),
                text(bussiness, "BussinessDocReason"), replaced,
                integer(text(bussiness, "Paper"), "Paper", 0, 1, null),
                children(bussiness, "StaffInfo").stream().map(PackageReader::readStaff).toList());
    }

    private static EdxmlStatus.StaffInfo readStaff(Element staff) {
        return new EdxmlStatus.StaffInfo(text(staff, "Department"), text(staff, "Staff"), text(staff, "Mobile"),
                text(staff, "Email"));
    }

    private static Organization readOrganization(Element element) {
        return new Organization(requiredText(element, "OrganId"), text(element, "OrganizationInCharge"),
                text(element, "OrganName"), text(element, "OrganAdd"), text(element, "Email"),
                text(element, "Telephone"), text(element, "Fax"), text(element, "Website"));
    }

    private static ResponseFor readResponseFor(Element element) {
        String date = text(element, "PromulgationDate");
        return new ResponseFor(text(element, "OrganId"), text(element, "Code"),
                date == null ? null : Dates.dateWithTime(date, "ResponseFor/PromulgationDate").toLocalDate(),
                requiredText(element, "DocumentId"));
    }
}
