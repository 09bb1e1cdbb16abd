package vn.eoffice.exchange;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import vn.eoffice.documents.Notation;
import vn.eoffice.exchange.edxml.EdxmlDocument;
import vn.eoffice.exchange.edxml.EdxmlDocument.Attachment;
import vn.eoffice.exchange.edxml.EdxmlDocument.Business;
import vn.eoffice.exchange.edxml.EdxmlDocument.OtherInfo;
import vn.eoffice.exchange.edxml.EdxmlDocument.ResponseFor;
import vn.eoffice.exchange.edxml.EdxmlDocument.SignerInfo;
import vn.eoffice.exchange.edxml.EdxmlDocument.TraceHeader;
import vn.eoffice.exchange.edxml.EdxmlStatus;
import vn.eoffice.exchange.edxml.Organization;
import vn.eoffice.exchange.edxml.PackageCodec;
import vn.eoffice.exchange.edxml.PackageRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Build → sign → parse → verify of every field, and the hostile packages the receiver must refuse. */
class EdxmlPackageTests {

    static final String SENDER = "000.03.17.H17";
    static final String RECEIVER = "000.00.00.H17";

    final PackageCodec codec = new PackageCodec(2 * 1024 * 1024);
    final Function<String, Optional<X509Certificate>> registered = organId -> Optional.ofNullable(
            Map.of(SENDER, TestKeys.of("sender").certificate(), RECEIVER, TestKeys.of("receiver").certificate())
                    .get(organId));

    static EdxmlDocument fullDocument() {
        Instant at = Instant.parse("2026-11-26T03:15:30Z");
        return new EdxmlDocument(
                new Organization(SENDER, "Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên",
                        "Phường Điện Biên Phủ", "btgdv@dienbien.dcs.vn", "0215 3826 222", "0215 3826 223",
                        "https://btgdv.dienbien.vn"),
                List.of(new Organization(RECEIVER, null, "Tỉnh ủy Điện Biên", null, null, null, null, null),
                        Organization.of("000.05.17.H17", "Ban Tổ chức Tỉnh ủy")),
                SENDER + ",2026/11/26,15/HD/BTGDVTU", "15", "HD/BTGDVTU", "Điện Biên", LocalDate.of(2026, 11, 26),
                1, "HD", "Hướng dẫn", "Hướng dẫn tuyên truyền kỷ niệm 80 năm Ngày thành lập Quân đội",
                "Nội dung tóm tắt <có ký tự đặc biệt> & dấu",
                new SignerInfo("K/T", "Phó Trưởng ban", "Lò Văn Mừng"), LocalDate.of(2026, 12, 15),
                List.of("Tỉnh ủy Điện Biên", "Ban Tổ chức Tỉnh ủy"),
                new OtherInfo(2, "Toàn tỉnh", "VP", 5, 3, List.of("Phụ lục 1", "Phụ lục 2")),
                List.of(new ResponseFor(RECEIVER, "240-KH/TU", LocalDate.of(2026, 10, 1),
                        RECEIVER + ",2026/10/01,240/KH/TU")),
                1, List.of(new TraceHeader(SENDER, at)),
                new Business(Business.REPLACE, "Thay thế văn bản cũ", List.of(SENDER + ",2026/11/20,14/HD/BTGDVTU")),
                List.of(new Attachment("file0", "huong-dan.pdf", "application/pdf", "Văn bản chính",
                        "%PDF-1.7 nội dung".getBytes(StandardCharsets.UTF_8)),
                        new Attachment("file1", "phu-luc.docx", "application/octet-stream", "Phụ lục",
                                new byte[] { 0, 1, 2, (byte) 255 })));
    }

    @Test
    void everyDocumentFieldSurvivesBuildSignParseVerify() {
        var original = fullDocument();
        byte[] bytes = codec.write(original, TestKeys.of("sender"));

        var parsed = codec.read(bytes, registered);

        assertThat(parsed.isStatus()).isFalse();
        var read = parsed.document();
        assertThat(read).usingRecursiveComparison().ignoringFields("attachments").isEqualTo(original);
        assertThat(read.attachments()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            var a = original.attachments().get(i);
            var b = read.attachments().get(i);
            assertThat(b.contentId()).isEqualTo(a.contentId());
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.contentType()).isEqualTo(a.contentType());
            assertThat(b.description()).isEqualTo(a.description());
            assertThat(b.content()).isEqualTo(a.content());
        }
        String xml = new String(bytes, StandardCharsets.UTF_8);
        assertThat(xml).contains(PackageCodec.NS, "Bussiness", "SignatureValue", "X509Certificate",
                "rsa-sha256");
    }

    @Test
    void everyStatusFieldSurvivesTheRoundTrip() {
        for (String code : List.of("01", "02", "03", "04", "05", "06", "13", "15", "16")) {
            var status = new EdxmlStatus(new ResponseFor(SENDER, "15-HD/BTGDVTU", LocalDate.of(2026, 11, 26),
                    SENDER + ",2026/11/26,15/HD/BTGDVTU"), Organization.of(RECEIVER, "Tỉnh ủy Điện Biên"), code,
                    "Mô tả " + code, Instant.parse("2026-11-26T04:00:00Z"),
                    new EdxmlStatus.StaffInfo("Văn phòng", "Lường Thị Thu", "0912345678", "vanthu@tu.vn"));
            var read = codec.read(codec.write(status, TestKeys.of("receiver")), registered);
            assertThat(read.isStatus()).isTrue();
            assertThat(read.status()).isEqualTo(status);
        }
    }

    @Test
    void refusesATamperedPackage() {
        String xml = new String(codec.write(fullDocument(), TestKeys.of("sender")), StandardCharsets.UTF_8);
        byte[] tampered = xml.replace("Hướng dẫn tuyên truyền", "Hướng dẫn tuyên truyền SỬA").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.read(tampered, registered)).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("Chữ ký số không hợp lệ");
    }

    @Test
    void readsAPackageWithAByteOrderMarkOrInUtf16AsItsDeclarationSays() {
        String xml = new String(codec.write(fullDocument(), TestKeys.of("sender")), StandardCharsets.UTF_8);
        byte[] utf8 = xml.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        byte[] utf16 = xml.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16);

        assertThat(codec.read(withBom, registered).document().subject()).isEqualTo(fullDocument().subject());
        // the signature covers the canonical form, which is UTF-8 whatever the package's encoding
        assertThat(codec.read(utf16, registered).document().subject()).isEqualTo(fullDocument().subject());
    }

    @Test
    void refusesAPackageThatIsNotValidUtf8() {
        byte[] bytes = codec.write(fullDocument(), TestKeys.of("sender"));
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<edXML:Subject>") + 15;
        bytes[at] = (byte) 0xC3; // the start of a two-byte sequence, followed by an ASCII letter
        bytes[at + 1] = 'H';

        assertThatThrownBy(() -> codec.read(bytes, registered)).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void writesTheSdkLayoutAndSignsThePackageAsSent() {
        String xml = new String(codec.write(fullDocument(), TestKeys.of("sender")), StandardCharsets.UTF_8);

        assertThat(xml).contains("<edXML xmlns=\"" + PackageCodec.NS + "\"", "<edXML:edXMLManifest version=\"1.0\">",
                "<edXML:Attachment><edXML:ContentId>file0</edXML:ContentId>", "<edXML:ContentTransferEncoded>",
                "<ds:Reference URI=\"\">").doesNotContain("edXML:DigestValue", "DocumentManifest");
        // the attachments come after the envelope, and the one signature covers them (reference URI "")
        assertThat(xml.indexOf("</edXML:edXMLEnvelope>")).isLessThan(xml.indexOf("<edXML:AttachmentEncoded>"));
        assertThat(xml.indexOf("</ds:Signature>")).isLessThan(xml.indexOf("<edXML:AttachmentEncoded>"));
    }

    @Test
    void refusesATamperedAttachment() {
        var original = fullDocument();
        String xml = new String(codec.write(original, TestKeys.of("sender")), StandardCharsets.UTF_8);
        String value = java.util.Base64.getEncoder().encodeToString(original.attachments().get(0).content());
        byte[] changed = original.attachments().get(0).content().clone();
        changed[0] ^= 1;
        byte[] tampered = xml.replace(value, java.util.Base64.getEncoder().encodeToString(changed))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(new String(tampered, StandardCharsets.UTF_8)).isNotEqualTo(xml);
        assertThatThrownBy(() -> codec.read(tampered, registered)).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("Chữ ký số không hợp lệ");
    }

    @Test
    void refusesSwappedAttachments() {
        String xml = new String(codec.write(fullDocument(), TestKeys.of("sender")), StandardCharsets.UTF_8);
        String tag = "<edXML:Attachment><edXML:ContentId>";
        byte[] swapped = xml.replace(tag + "file0<", tag + "TMP<").replace(tag + "file1<", tag + "file0<")
                .replace(tag + "TMP<", tag + "file1<").getBytes(StandardCharsets.UTF_8);

        assertThat(new String(swapped, StandardCharsets.UTF_8)).isNotEqualTo(xml);
        assertThatThrownBy(() -> codec.read(swapped, registered)).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("Chữ ký số không hợp lệ");
    }

    @Test
    void refusesARemovedOrAddedAttachment() {
        String xml = new String(codec.write(fullDocument(), TestKeys.of("sender")), StandardCharsets.UTF_8);
        String second = xml.substring(xml.lastIndexOf("<edXML:Attachment>"),
                xml.lastIndexOf("</edXML:Attachment>") + "</edXML:Attachment>".length());
        byte[] removed = xml.replace(second, "").getBytes(StandardCharsets.UTF_8);
        byte[] added = xml.replace(second, second + second.replace("file1", "file2"))
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.read(removed, registered)).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("Chữ ký số không hợp lệ");
        assertThatThrownBy(() -> codec.read(added, registered)).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("Chữ ký số không hợp lệ");
    }

    @Test
    void refusesAnAttachmentMovedIntoTheSignedPart() {
        String xml = new String(codec.write(fullDocument(), TestKeys.of("sender")), StandardCharsets.UTF_8);
        String first = xml.substring(xml.indexOf("<edXML:Attachment>"),
                xml.indexOf("</edXML:Attachment>") + "</edXML:Attachment>".length());
        byte[] moved = xml.replace(first, "").replace("</edXML:TraceHeaderList>", first + "</edXML:TraceHeaderList>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.read(moved, registered)).isInstanceOf(PackageRejected.class);
    }

    @Test
    void refusesATamperedSignatureValue() {
        String xml = new String(codec.write(fullDocument(), TestKeys.of("sender")), StandardCharsets.UTF_8);
        int at = xml.indexOf("<ds:SignatureValue>") + "<ds:SignatureValue>".length();
        char flipped = xml.charAt(at) == 'A' ? 'B' : 'A';
        byte[] tampered = (xml.substring(0, at) + flipped + xml.substring(at + 1)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.read(tampered, registered)).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("Chữ ký số");
    }

    @Test
    void refusesAPackageSignedWithAnotherCertificate() {
        byte[] bytes = codec.write(fullDocument(), TestKeys.of("intruder"));

        assertThatThrownBy(() -> codec.read(bytes, registered)).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("Chữ ký số không hợp lệ");
    }

    @Test
    void refusesAnUnsignedPackage() {
        String xml = new String(codec.write(fullDocument(), TestKeys.of("sender")), StandardCharsets.UTF_8);
        byte[] unsigned = xml.replaceAll("(?s)<ds:Signature .*</ds:Signature>", "").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.read(unsigned, registered)).isInstanceOf(PackageRejected.class)
                .hasMessage("Gói tin không có chữ ký số");
    }

    @Test
    void refusesAnUnknownSender() {
        byte[] bytes = codec.write(fullDocument(), TestKeys.of("sender"));

        assertThatThrownBy(() -> codec.read(bytes, organId -> Optional.empty())).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("chưa được đăng ký");
    }

    @Test
    void refusesMalformedXml() {
        assertThatThrownBy(() -> codec.read("<edXML:edXMLEnvelope xmlns:edXML=\"x\"><unclosed>"
                .getBytes(StandardCharsets.UTF_8), registered)).isInstanceOf(PackageRejected.class)
                .hasMessage("Gói tin không phải XML hợp lệ");
        assertThatThrownBy(() -> codec.read("<other/>".getBytes(StandardCharsets.UTF_8), registered))
                .isInstanceOf(PackageRejected.class).hasMessageContaining("QCVN 102");
    }

    @Test
    void refusesExternalEntitiesAndDtds() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                <edXML:edXMLHeader><edXML:MessageHeader><edXML:From><edXML:OrganId>&xxe;</edXML:OrganId>
                </edXML:From></edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope>""";
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <lolz>&lol2;</lolz>""";

        assertThatThrownBy(() -> codec.read(xxe.getBytes(StandardCharsets.UTF_8), registered))
                .isInstanceOf(PackageRejected.class).hasMessageContaining("DTD");
        assertThatThrownBy(() -> codec.read(bomb.getBytes(StandardCharsets.UTF_8), registered))
                .isInstanceOf(PackageRejected.class).hasMessageContaining("DTD");
    }

    @Test
    void refusesAnOversizedPackage() {
        var small = new PackageCodec(1024);
        byte[] bytes = codec.write(fullDocument(), TestKeys.of("sender"));

        assertThatThrownBy(() -> small.read(bytes, registered)).isInstanceOf(PackageRejected.class)
                .hasMessageContaining("vượt quá dung lượng");
    }

    @Test
    void refusesImpossibleDatesAndMalformedDocumentIds() {
        var original = fullDocument();
        var badDate = new EdxmlDocument(original.from(), original.to(), SENDER + ",2026/02/30,15/HD/BTGDVTU",
                "15", "HD/BTGDVTU", null, LocalDate.of(2026, 11, 26), 1, null, null, "Trích yếu", null, null, null,
                null, null, null, null, null, null, null);
        var badId = new EdxmlDocument(original.from(), original.to(), "not-a-document-id", "15", "HD/BTGDVTU",
                null, LocalDate.of(2026, 11, 26), 1, null, null, "Trích yếu", null, null, null, null, null, null,
                null, null, null, null);

        assertThatThrownBy(() -> codec.read(codec.write(badDate, TestKeys.of("sender")), registered))
                .isInstanceOf(PackageRejected.class).hasMessageContaining("Ngày không hợp lệ");
        assertThatThrownBy(() -> codec.read(codec.write(badId, TestKeys.of("sender")), registered))
                .isInstanceOf(PackageRejected.class).hasMessageContaining("DocumentId");
    }

    @Test
    void splitsAndJoinsPartyAndStateNotations() {
        var party = Notation.parse("15-HD/BTGDVTU");
        assertThat(List.of(party.codeNumber(), party.codeNotation())).containsExactly("15", "HD/BTGDVTU");
        assertThat(Notation.fromCode("15", "HD/BTGDVTU")).isEqualTo("15-HD/BTGDVTU");
        var state = Notation.parse("125/QĐ-UBND");
        assertThat(List.of(state.codeNumber(), state.codeNotation())).containsExactly("125", "QĐ-UBND");
        assertThat(Notation.fromCode("125", "QĐ-UBND")).isEqualTo("125/QĐ-UBND");
        var withYear = Notation.parse("12/2025/QĐ-UBND");
        assertThat(List.of(withYear.codeNumber(), withYear.codeNotation())).containsExactly("12", "2025/QĐ-UBND");
        assertThat(Notation.fromCode("12", "2025/QĐ-UBND")).isEqualTo("12/2025/QĐ-UBND");
        assertThat(PackageAssembler.documentKey(SENDER, LocalDate.of(2026, 1, 5), "05-CV/BTGDVTU"))
                .isEqualTo(SENDER + ",2026/01/05,05/CV/BTGDVTU");
    }
}
