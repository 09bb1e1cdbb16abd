package vn.eoffice.exchange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a document (or a recall) is refused; the sender reads it. */
record ReasonForm(@NotBlank(message = "{exchange.reason.required}") @Size(max = 1000, message = "{field.tooLong}") String reason) {
}
