package vn.eoffice.monitoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Small forms of the monitoring pages.
 */
final class Forms {

    private Forms() {
    }

    record Findings(@NotBlank(message = "{monitoring.form.findings.required}") @Size(max = 10000) String findings) {
    }
}
