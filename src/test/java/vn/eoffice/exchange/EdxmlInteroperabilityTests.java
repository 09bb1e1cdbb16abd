package vn.eoffice.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.EdxmlDocument.OtherInfo;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.exchange.edxml.PackageRejected;

/**
 * Packages we did not write: one assembled and signed as an SDK-based implementation of QCVN 102:2016 writes it
 * (src/test/resources/edxml/README.md), and those of this module's earlier version, still accepted.
 */
class EdxmlInteroperabilityTests {

    static final String PEER = "000.00.00.G22";

    final PackageCodec codec = new PackageCodec(4 * 1024 * 1024);
    final Function<String, Optional<X509Certificate>> registered = organId -> Optional
            .ofNullable(Map.of(PEER, peerCertificate()).get(organId));

    @Test
    void readsAPackageInTheSdkLayoutSignedByAnotherTool() {
        var document = codec.read(resource("sdk-layout-signed.edxml"), registered).document();

        assertThat(document.from().organId()).isEqualTo(PEER);
        assertThat(document.from().organizationInCharge()).isEqualTo("Chính phủ");
        assertThat(document.to()).singleElement().satisfies(to -> assertThat(to.organId()).isEqualTo("000.00.00.H17"));
        assertThat(document.documentId()).isEqualTo(PEER + ",2026/11/20,7816/VPCP-TTĐT");
        assertThat(document.codeNumber() + "/" + document.codeNotation()).isEqualTo("7816/VPCP-TTĐT");
        assertThat(document.place()).isEqualTo("Hà Nội");
        assertThat(document.promulgationDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(document.typeName()).isEqualTo("Công văn");
        assertThat(document.otherInfo().sphereOfPromulgation()).isEqualTo("Lưu hành nội bộ");
        assertThat(document.otherInfo().typerNotation()).isEqualTo("TVC");
        assertThat(document.otherInfo().promulgationAmount()).isEqualTo(1);
        assertThat(document.steeringType()).isZero();
        assertThat(document.business().paper()).isZero();
        assertThat(document.traces()).singleElement().satisfies(t -> assertThat(t.organId()).isEqualTo(PEER));
        assertThat(document.attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentId()).isEqualTo("cid:5f0c1a52-8d3e-4c67-9b1e-2f4a7c9d0e11");
            assertThat(a.name()).isEqualTo("7816-VPCP-TTDT.pdf");
            assertThat(new String(a.content(), StandardCharsets.UTF_8)).startsWith("%PDF-1.4");
        });
    }

    @Test
    void refusesTheSdkLayoutPackageWhenItsAttachmentChanged() {
        String xml = new String(resource("sdk-layout-signed.edxml"), StandardCharsets.UTF_8);
        String tampered = xml.replace("ContentTransferEncoded xmlns:edXML=\"" + PackageCodec.NS + "\">JVBER",
                "ContentTransferEncoded xmlns:edXML=\"" + PackageCodec.NS + "\">JVBEX");

        assertThat(tampered).isNotEqualTo(xml);
        assertThatThrownBy(() -> codec.read(tampered.getBytes(StandardCharsets.UTF_8), registered))
                .isInstanceOf(PackageRejected.class).hasMessageContaining("Chữ ký số không hợp lệ");
    }

    @Test
    void stillReadsTheEarlierVersionsPackages() {
        var document = codec.read(resource("legacy-document.edxml"), registered).document();
        var status = codec.read(resource("legacy-status.edxml"), registered).status();

        assertThat(document.documentId()).isEqualTo(PEER + ",2026/11/18,7800/VPCP-TTĐT");
        assertThat(document.attachments()).singleElement()
                .satisfies(a -> assertThat(new String(a.content(), StandardCharsets.UTF_8)).endsWith("gói tin cũ"));
        assertThat(status.statusCode()).isEqualTo("03");
    }

    @Test
    void refusesAnEarlierVersionsPackageWhoseAttachmentChanged() {
        String xml = new String(resource("legacy-document.edxml"), StandardCharsets.UTF_8);
        String tampered = xml.replace("<edXML:Value>JVBER", "<edXML:Value>JVBEX");

        assertThat(tampered).isNotEqualTo(xml);
        assertThatThrownBy(() -> codec.read(tampered.getBytes(StandardCharsets.UTF_8), registered))
                .isInstanceOf(PackageRejected.class).hasMessageContaining("không khớp mã băm");
    }

    @Test
    void keepsTheTimeOfAFlashAtAFixedTimeDocument() {
        var full = EdxmlPackageTests.fullDocument();
        var info = full.otherInfo();
        var atNine = new EdxmlDocument(full.from(), full.to(), full.documentId(), full.codeNumber(),
                full.codeNotation(), full.place(), full.promulgationDate(), full.type(), full.typeDetail(),
                full.typeName(), full.subject(), full.content(), full.signer(), full.dueDate(), full.toPlaces(),
                new OtherInfo(4, info.sphereOfPromulgation(), info.typerNotation(), info.promulgationAmount(),
                        info.pageAmount(), info.appendixes()),
                full.responseFor(), full.steeringType(), full.traces(), full.business(), full.attachments(),
                LocalTime.of(9, 30));
        byte[] signed = codec.write(atNine, TestKeys.of("sender"));

        var read = codec.read(signed, organId -> Optional.of(TestKeys.of("sender").certificate())).document();

        assertThat(new String(signed, StandardCharsets.UTF_8)).contains("<edXML:DueDate>2026/12/15 09:30:00<");
        assertThat(read.otherInfo().priority()).isEqualTo(4);
        assertThat(read.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(read.dueTime()).isEqualTo(LocalTime.of(9, 30));
    }

    static X509Certificate peerCertificate() {
        try (InputStream in = EdxmlInteroperabilityTests.class.getResourceAsStream("/edxml/peer-cert.pem")) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = EdxmlInteroperabilityTests.class.getResourceAsStream("/edxml/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
