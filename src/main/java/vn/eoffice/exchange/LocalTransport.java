package vn.eoffice.exchange;

import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Agencies hosted in this installation: the package goes straight to the receiver, no HTTP. */
@Component
@Order(0)
class LocalTransport implements ExchangeTransport {

    private final Receiver receiver;

    LocalTransport(@Lazy Receiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public boolean supports(Destination destination) {
        return destination.hostedHere();
    }

    @Override
    public Acknowledgement send(Destination destination, byte[] signedPackage) {
        return receiver.receive(signedPackage);
    }
}
