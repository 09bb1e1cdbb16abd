package vn.eoffice.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.EdxmlDocument.Business;
import vn.eoffice.exchange.edxml.EdxmlDocument.ResponseFor;
import vn.eoffice.exchange.edxml.EdxmlStatus;
import vn.eoffice.exchange.edxml.Organization;
import vn.eoffice.exchange.edxml.PackageCodec;

/**
 * Every kind of package this node sends verifies with {@code xmlsec1 --verify} and the node's certificate, and with
 * our own reader: the signature covers the package as it is sent, attachments included.
 */
class EdxmlStandardVerifierTests {

    final PackageCodec codec = new PackageCodec(8 * 1024 * 1024);
    final EdxmlPackageTests packages = new EdxmlPackageTests();

    @BeforeAll
    static void xmlsec1() {
        Xmlsec1.require();
    }

    static Stream<Arguments> documentPackages() {
        var full = EdxmlPackageTests.fullDocument();
        var plain = withBusiness(full, new Business(Business.NEW, null, List.of()));
        return Stream.of(
                Arguments.of("new, with attachments", plain),
                Arguments.of("new, without attachments", withoutAttachments(plain)),
                Arguments.of("update", withBusiness(full, new Business(Business.UPDATE, "Sửa trích yếu", List.of()))),
                Arguments.of("replacement", full),
                Arguments.of("recall", full.asRecall("Ban hành nhầm", Instant.parse("2026-11-27T01:00:00Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentPackages")
    void aStandardVerifierAcceptsEveryDocumentPackage(String kind, EdxmlDocument document) {
        byte[] signed = codec.write(document, TestKeys.of("sender"));

        var result = Xmlsec1.verify(signed, TestKeys.of("sender").certificate());

        assertThat(result.verified()).as(result.output()).isTrue();
        assertThat(codec.read(signed, packages.registered).document().documentId()).isEqualTo(document.documentId());
    }

    @ParameterizedTest(name = "status {0}")
    @MethodSource("statusCodes")
    void aStandardVerifierAcceptsEveryStatusPackage(String code) {
        var status = new EdxmlStatus(new ResponseFor(EdxmlPackageTests.SENDER, "15-HD/BTGDVTU",
                LocalDate.of(2026, 11, 26), EdxmlPackageTests.SENDER + ",2026/11/26,15/HD/BTGDVTU"),
                Organization.of(EdxmlPackageTests.RECEIVER, "Tỉnh ủy Điện Biên"), code, "Trạng thái " + code,
                Instant.parse("2026-11-26T08:00:00Z"),
                new EdxmlStatus.StaffInfo("Văn phòng", "Nguyễn Thị Văn Thư", "0912000001", "vanthu@dienbien.vn"));
        byte[] signed = codec.write(status, TestKeys.of("receiver"));

        var result = Xmlsec1.verify(signed, TestKeys.of("receiver").certificate());

        assertThat(result.verified()).as(result.output()).isTrue();
        assertThat(codec.read(signed, packages.registered).status().statusCode()).isEqualTo(code);
    }

    static Stream<String> statusCodes() {
        return Stream.of("01", "02", "03", "04", "05", "06", "13", "15", "16");
    }

    @Test
    void theStandardVerifierRefusesAChangedAttachment() {
        byte[] signed = codec.write(EdxmlPackageTests.fullDocument(), TestKeys.of("sender"));
        String text = new String(signed, StandardCharsets.UTF_8);
        int at = text.indexOf("ContentTransferEncoded>") + "ContentTransferEncoded>".length();
        String tampered = text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A') + text.substring(at + 1);

        var result = Xmlsec1.verify(tampered.getBytes(StandardCharsets.UTF_8), TestKeys.of("sender").certificate());

        assertThat(result.verified()).as(result.output()).isFalse();
    }

    @Test
    void theStandardVerifierRefusesAnotherNodesCertificate() {
        byte[] signed = codec.write(EdxmlPackageTests.fullDocument(), TestKeys.of("sender"));

        assertThat(Xmlsec1.verify(signed, TestKeys.of("receiver").certificate()).verified()).isFalse();
    }

    private static EdxmlDocument withBusiness(EdxmlDocument d, Business business) {
        return new EdxmlDocument(d.from(), d.to(), d.documentId(), d.codeNumber(), d.codeNotation(), d.place(),
                d.promulgationDate(), d.type(), d.typeDetail(), d.typeName(), d.subject(), d.content(), d.signer(),
                d.dueDate(), d.toPlaces(), d.otherInfo(), d.responseFor(), d.steeringType(), d.traces(), business,
                d.attachments(), d.dueTime());
    }

    private static EdxmlDocument withoutAttachments(EdxmlDocument d) {
        return new EdxmlDocument(d.from(), d.to(), d.documentId(), d.codeNumber(), d.codeNotation(), d.place(),
                d.promulgationDate(), d.type(), d.typeDetail(), d.typeName(), d.subject(), d.content(), d.signer(),
                d.dueDate(), d.toPlaces(), d.otherInfo(), d.responseFor(), d.steeringType(), d.traces(),
                d.business(), List.of(), d.dueTime());
    }
}
