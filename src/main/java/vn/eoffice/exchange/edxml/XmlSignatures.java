package vn.eoffice.exchange.edxml;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.KeySelector;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Enveloped XML-DSig over the whole package: RSA-SHA256, SHA-256 digest, exclusive c14n, the certificate in X509Data. */
final class XmlSignatures {

    private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");
    /** The JDK's XML-DSig signs with the provider given in this property, instead of the JVM's preferred one. */
    private static final String SIGNATURE_PROVIDER = "org.jcp.xml.dsig.internal.dom.SignatureProvider";

    private XmlSignatures() {
    }

    static void sign(Document document, Element parent, PrivateKey key, X509Certificate certificate) {
        try {
            Reference reference = FACTORY.newReference("", FACTORY.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(FACTORY.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            FACTORY.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            var signedInfo = FACTORY.newSignedInfo(
                    FACTORY.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    FACTORY.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
            KeyInfoFactory keys = FACTORY.getKeyInfoFactory();
            var keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(certificate))));
            var context = new DOMSignContext(key, parent);
            context.setDefaultNamespacePrefix("ds");
            var provider = NativeRsa.signerOf(key);
            if (provider != null) {
                context.setProperty(SIGNATURE_PROVIDER, provider);
            }
            FACTORY.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | javax.xml.crypto.MarshalException
                | javax.xml.crypto.dsig.XMLSignatureException e) {
            throw new IllegalStateException("could not sign the package", e);
        }
    }

    /**
     * Checks the single signature against the key registered for the sender. Only a signature whose one reference
     * covers the whole document counts, so no part of the package can be swapped around a valid signature.
     */
    static void verify(Document document, PublicKey registeredKey) {
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() == 0) {
            throw new PackageRejected("Gói tin không có chữ ký số");
        }
        if (signatures.getLength() > 1) {
            throw new PackageRejected("Gói tin có nhiều hơn một chữ ký số");
        }
        try {
            var context = new DOMValidateContext(KeySelector.singletonKeySelector(registeredKey), signatures.item(0));
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature signature = FACTORY.unmarshalXMLSignature(context);
            List<?> references = signature.getSignedInfo().getReferences();
            if (references.size() != 1 || !"".equals(((Reference) references.get(0)).getURI())) {
                throw new PackageRejected("Chữ ký số không bao trùm toàn bộ gói tin");
            }
            if (!SignatureMethod.RSA_SHA256.equals(signature.getSignedInfo().getSignatureMethod().getAlgorithm())) {
                throw new PackageRejected("Thuật toán chữ ký số không được chấp nhận");
            }
            if (!signature.validate(context)) {
                throw new PackageRejected("Chữ ký số không hợp lệ: gói tin đã bị thay đổi hoặc không do cơ quan gửi ký");
            }
        } catch (javax.xml.crypto.MarshalException | javax.xml.crypto.dsig.XMLSignatureException e) {
            throw new PackageRejected("Chữ ký số không hợp lệ", e);
        }
    }
}
