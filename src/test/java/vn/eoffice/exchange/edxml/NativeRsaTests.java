package vn.eoffice.exchange.edxml;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NativeRsaTests {

    @Test
    void onThisKindOfServerTheNativeProviderSignsAndTheJdkVerifiesItsSignature() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64"),
                "the native library is bundled for x86-64 Linux");
        var generator = KeyPairGenerator.getInstance("RSA", "SunRsaSign");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();

        var adopted = NativeRsa.adopt(pair.getPrivate());
        var provider = NativeRsa.signerOf(adopted);
        assertThat(provider).as("native provider").isNotNull();
        assertThat(NativeRsa.signerOf(pair.getPrivate())).as("a key it did not adopt").isNull();

        byte[] data = "Công văn số 12/CV-BTGDV".getBytes(StandardCharsets.UTF_8);
        var signer = Signature.getInstance("SHA256withRSA", provider);
        signer.initSign(adopted);
        signer.update(data);
        byte[] signature = signer.sign();

        var verifier = Signature.getInstance("SHA256withRSA", "SunRsaSign");
        verifier.initVerify(pair.getPublic());
        verifier.update(data);
        assertThat(verifier.verify(signature)).isTrue();
        data[0] ^= 1;
        verifier.initVerify(pair.getPublic());
        verifier.update(data);
        assertThat(verifier.verify(signature)).isFalse();
    }

    @Test
    void aKeyThatIsNotRsaStaysWithTheJdk() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC", "SunEC");
        generator.initialize(256);
        var key = generator.generateKeyPair().getPrivate();

        assertThat(NativeRsa.adopt(key)).isSameAs(key);
        assertThat(NativeRsa.signerOf(key)).isNull();
    }
}
