package vn.eoffice.exchange;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Exchange settings: this installation's signing key store (PKCS#12), its public receive address, the package size
 * limit, and the delivery retry policy (exponential back-off from {@code retryBase} up to {@code retryMax}, given up
 * after {@code giveUpAfter}).
 */
@ConfigurationProperties("eoffice.exchange")
public record ExchangeProperties(
        @DefaultValue("./data/exchange/agency.p12") Path keyStore,
        @DefaultValue("changeit") String keyStorePassword,
        @DefaultValue("agency") String keyAlias,
        @DefaultValue("false") boolean generateKeyStore,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("60MB") DataSize maxPackageSize,
        @DefaultValue("1m") Duration retryBase,
        @DefaultValue("1h") Duration retryMax,
        @DefaultValue("72h") Duration giveUpAfter,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("2m") Duration claimFor,
        @DefaultValue("8") int senders,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration requestTimeout,
        @DefaultValue("true") boolean dispatcherEnabled) {

    public String receiveUrl() {
        return baseUrl.replaceAll("/+$", "") + ReceiveEndpoint.PATH;
    }
}
