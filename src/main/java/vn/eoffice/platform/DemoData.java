package vn.eoffice.platform;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a demo loader writes its data: once (unless {@code present}), in one transaction, acting as demo users whose
 * sign-in it sets up itself and always clears afterwards.
 */
public final class DemoData {

    private DemoData() {
    }

    public static void loadOnce(boolean present, TransactionTemplate transactions, Runnable create) {
        if (present) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> create.run());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
