package vn.eoffice.monitoring;

import jakarta.persistence.Embeddable;

/**
 * The committee's answer under one heading of the report template's outline.
 */
@Embeddable
public record ReportSection(String heading, String body) {
}
