package vn.eoffice.exchange.edxml;

import static vn.eoffice.exchange.edxml.Elements.add;
import static vn.eoffice.exchange.edxml.Elements.number;
import static vn.eoffice.exchange.edxml.Elements.text;

import java.util.Base64;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.eoffice.exchange.edxml.EdxmlDocument.Business;
import vn.eoffice.exchange.edxml.EdxmlDocument.ResponseFor;

/**
 * Writes packages in the layout of the SDK-based implementations of QCVN 102:2016: a root {@code edXML} holding the
 * {@code edXMLEnvelope} (header and manifest) and, after it, the {@code AttachmentEncoded} block. The signature is
 * made last, over the whole package as it is sent (ADR 0008, "Signing what is sent").
 */
final class PackageWriter {

    private PackageWriter() {
    }

    static byte[] write(EdxmlDocument document, SigningKey key) {
        Document xml = SecureXml.newDocument();
        Element root = root(xml);
        Element envelope = add(root, "edXMLEnvelope");
        Element header = add(envelope, "edXMLHeader");
        messageHeader(add(header, "MessageHeader"), document);
        traces(add(header, "TraceHeaderList"), document);
        Element manifest = add(add(envelope, "edXMLBody"), "edXMLManifest");
        manifest.setAttribute("version", "1.0");
        for (var attachment : document.attachments()) {
            Element reference = add(manifest, "Reference");
            text(reference, "ContentId", attachment.contentId());
            text(reference, "ContentType", attachment.contentType());
            text(reference, "AttachmentName", attachment.name());
            text(reference, "Description", attachment.description());
        }
        if (!document.attachments().isEmpty()) {
            Element encoded = add(root, "AttachmentEncoded");
            for (var attachment : document.attachments()) {
                Element element = add(encoded, "Attachment");
                text(element, "ContentId", attachment.contentId());
                text(element, "AttachmentName", attachment.name());
                text(element, "Description", attachment.description());
                text(element, "ContentType", attachment.contentType());
                add(element, "ContentTransferEncoded")
                        .setTextContent(Base64.getEncoder().encodeToString(attachment.content()));
            }
        }
        XmlSignatures.sign(xml, header, key.privateKey(), key.certificate());
        return SecureXml.serialize(xml);
    }

    static byte[] write(EdxmlStatus status, SigningKey key) {
        Document xml = SecureXml.newDocument();
        Element header = add(add(root(xml), "edXMLEnvelope"), "edXMLHeader");
        Element message = add(header, "Status");
        responseFor(add(message, "ResponseFor"), status.responseFor());
        organization(add(message, "From"), status.from());
        text(message, "StatusCode", status.statusCode());
        text(message, "Description", status.description());
        text(message, "Timestamp", Dates.format(status.timestamp()));
        if (status.staff() != null) {
            staff(add(message, "StaffInfo"), status.staff());
        }
        XmlSignatures.sign(xml, header, key.privateKey(), key.certificate());
        return SecureXml.serialize(xml);
    }

    private static Element root(Document xml) {
        Element root = xml.createElementNS(PackageCodec.NS, "edXML");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", PackageCodec.NS);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:edXML", PackageCodec.NS);
        xml.appendChild(root);
        return root;
    }

    private static void messageHeader(Element message, EdxmlDocument document) {
        organization(add(message, "From"), document.from());
        document.to().forEach(to -> organization(add(message, "To"), to));
        text(message, "DocumentId", document.documentId());
        Element code = add(message, "Code");
        text(code, "CodeNumber", document.codeNumber());
        text(code, "CodeNotation", document.codeNotation());
        Element promulgation = add(message, "PromulgationInfo");
        text(promulgation, "Place", document.place());
        text(promulgation, "PromulgationDate", Dates.format(document.promulgationDate()));
        Element type = add(message, "DocumentType");
        number(type, "Type", document.type());
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
        text(message, "DueDate", Dates.format(document.dueDate(), document.dueTime()));
        Element places = add(message, "ToPlaces");
        document.toPlaces().forEach(place -> text(places, "Place", place));
        if (document.otherInfo() != null) {
            var info = document.otherInfo();
            Element other = add(message, "OtherInfo");
            number(other, "Priority", info.priority());
            text(other, "SphereOfPromulgation", info.sphereOfPromulgation());
            text(other, "TyperNotation", info.typerNotation());
            number(other, "PromulgationAmount", info.promulgationAmount());
            number(other, "PageAmount", info.pageAmount());
            Element appendixes = add(other, "Appendixes");
            info.appendixes().forEach(appendix -> text(appendixes, "Appendix", appendix));
        }
        document.responseFor().forEach(response -> responseFor(add(message, "ResponseFor"), response));
        number(message, "SteeringType", document.steeringType());
    }

    private static void traces(Element traces, EdxmlDocument document) {
        for (var trace : document.traces()) {
            Element element = add(traces, "TraceHeader");
            text(element, "OrganId", trace.organId());
            text(element, "Timestamp", Dates.format(trace.timestamp()));
        }
        var business = document.business() == null ? new Business(Business.NEW, null, List.of()) : document.business();
        Element bussiness = add(traces, "Bussiness");
        number(bussiness, "BussinessDocType", business.docType());
        text(bussiness, "BussinessDocReason", business.docReason());
        business.staff().forEach(staff -> staff(add(bussiness, "StaffInfo"), staff));
        number(bussiness, "Paper", business.paper());
        if (!business.replacedDocumentIds().isEmpty()) {
            Element replacements = add(bussiness, "ReplacementInfoList");
            for (var replaced : business.replacedDocumentIds()) {
                Element info = add(replacements, "ReplacementInfo");
                text(info, "DocumentId", replaced);
                Element organs = add(info, "OrganIdList");
                document.to().forEach(to -> text(organs, "OrganId", to.organId()));
            }
        }
    }

    private static void staff(Element element, EdxmlStatus.StaffInfo staff) {
        text(element, "Department", staff.department());
        text(element, "Staff", staff.staff());
        text(element, "Mobile", staff.mobile());
        text(element, "Email", staff.email());
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
}
