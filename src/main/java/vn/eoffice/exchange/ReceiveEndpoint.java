package vn.eoffice.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.eoffice.exchange.edxml.EdxmlDocument.ResponseFor;
import vn.eoffice.exchange.edxml.EdxmlStatus;
import vn.eoffice.exchange.edxml.Organization;
import vn.eoffice.exchange.edxml.PackageCodec;

/**
 * {@code POST /exchange/receive}: where peers deliver packages. No login: the package's signature against the
 * sender's registered certificate is the authentication. The answer is a status package (01 or 02) signed by this
 * installation. A body over the size limit is refused (02) without being read further.
 */
@RestController
class ReceiveEndpoint {

    static final String PATH = "/exchange/receive";

    private final Receiver receiver;
    private final AgencyKeys keys;
    private final PackageCodec codec;
    private final long maxSize;
    private final Clock clock;
    private final Contacts contacts;

    ReceiveEndpoint(Receiver receiver, AgencyKeys keys, ExchangeProperties properties, Clock clock,
            Contacts contacts) {
        this.receiver = receiver;
        this.contacts = contacts;
        this.keys = keys;
        this.maxSize = properties.maxPackageSize().toBytes();
        this.codec = new PackageCodec(maxSize);
        this.clock = clock;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> receive(HttpServletRequest request) throws IOException {
        Receiver.Receipt receipt;
        if (request.getContentLengthLong() > maxSize) {
            receipt = tooLarge();
        } else {
            byte[] body = readAtMost(request.getInputStream(), maxSize);
            receipt = body == null ? tooLarge() : receiver.handle(body);
        }
        var ack = receipt.acknowledgement();
        var status = new EdxmlStatus(new ResponseFor(receipt.senderOrganId(), receipt.code(),
                receipt.promulgationDate(), receipt.documentId() == null ? "-" : receipt.documentId()),
                receipt.receiverOrganId() == null ? Organization.of("-", null)
                        : contacts.of(receipt.receiverOrganId(), null),
                ack.code(), ack.description(), Instant.now(clock), null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(codec.write(status, keys.signingKey()));
    }

    private Receiver.Receipt tooLarge() {
        return new Receiver.Receipt(Acknowledgement.refused("Gói tin vượt quá dung lượng cho phép ("
                + maxSize / (1024 * 1024) + " MB)"));
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return bytes.length > max ? null : bytes;
    }
}
