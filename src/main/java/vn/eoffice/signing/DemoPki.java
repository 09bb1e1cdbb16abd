package vn.eoffice.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.imageio.ImageIO;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certification authority for the demo and the tests: it issues PKCS#12 files and draws signature and
 * seal images. Never used for real keys.
 */
final class DemoPki {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair caKeys;
    private final X509Certificate caCertificate;

    DemoPki(String name) {
        this.caKeys = keyPair();
        var now = Instant.now();
        this.caCertificate = certificate(new X500Name("CN=" + name + ", O=eOffice demo, C=VN"), caKeys,
                new X500Name("CN=" + name + ", O=eOffice demo, C=VN"), caKeys, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(3650)), true, KeyUsage.keyCertSign | KeyUsage.cRLSign);
    }

    X509Certificate caCertificate() {
        return caCertificate;
    }

    /** A PKCS#12 file for a signer valid from now for the given days, with the given key usage bits. */
    byte[] issue(String commonName, String organisation, char[] password, Instant from, Instant to, int keyUsage) {
        var keys = keyPair();
        var subject = new X500Name("CN=" + commonName + ", O=" + organisation + ", C=VN");
        var certificate = certificate(subject, keys, X500Name.getInstance(
                caCertificate.getSubjectX500Principal().getEncoded()), caKeys, from, to, false, keyUsage);
        try (var out = new ByteArrayOutputStream()) {
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signer", keys.getPrivate(), password,
                    new Certificate[] { certificate, caCertificate });
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] issue(String commonName, String organisation, char[] password) {
        var now = Instant.now();
        return issue(commonName, organisation, password, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1825)), KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer,
            KeyPair issuerKeys, Instant from, Instant to, boolean ca, int keyUsage) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM), Date.from(from), Date.from(to), subject, subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A blue hand-written-looking stroke on a transparent background. */
    static byte[] signatureImage(String seed) {
        var image = new BufferedImage(360, 140, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0, 51, 153));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int h = Math.abs(seed.hashCode() % 40);
        g.draw(new CubicCurve2D.Float(20, 100, 90, 10 + h, 150, 140, 210, 40));
        g.draw(new CubicCurve2D.Float(200, 50, 250, 120, 290, 20 + h, 340, 90));
        g.drawLine(40, 118, 320, 112);
        g.dispose();
        return png(image);
    }

    /** A round red seal with the agency's name on a transparent background. */
    static byte[] sealImage(String agencyName) {
        var image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(200, 16, 46, 230));
        g.setStroke(new BasicStroke(12));
        g.drawOval(10, 10, 380, 380);
        g.setStroke(new BasicStroke(5));
        g.drawOval(60, 60, 280, 280);
        var star = new java.awt.geom.Path2D.Float();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 90 : 36;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            float x = (float) (200 + radius * Math.cos(angle));
            float y = (float) (200 + radius * Math.sin(angle));
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
