package vn.eoffice.documents;

import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.eoffice.platform.DomainException;

/**
 * How a register numbers its documents (DOMAIN.md §2): one series per document type or one for all; restarting every
 * 1 January (Decree 30), with each Party committee term (66-QĐ/TW) or never; secret documents in their own series
 * (Decree 30) or in the same one (Party rules); and the format of the number, e.g. {@code {n}-{type}/{org}} →
 * "15-HD/BTGDVTU" or {@code {n}/{type}-{org}} → "125/QĐ-UBND".
 */
@Embeddable
public record NumberingPolicy(
        @Enumerated(EnumType.STRING) Scope scope,
        @Enumerated(EnumType.STRING) @Column(name = "reset_policy") Reset reset,
        @Enumerated(EnumType.STRING) SecretSeries secretSeries,
        @Column(name = "number_format") String format,
        String untypedFormat) {

    public enum Scope { PER_TYPE, SHARED }

    public enum Reset { YEARLY, PER_TERM, NEVER }

    public enum SecretSeries { SEPARATE, SHARED }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final java.util.Set<String> KNOWN = java.util.Set.of("n", "type", "org", "unit", "year");

    public NumberingPolicy {
        if (scope == null || reset == null || secretSeries == null) {
            throw new DomainException("register.policy.required");
        }
        checkFormat(format);
        if (untypedFormat != null && untypedFormat.isBlank()) {
            untypedFormat = null;
        }
        if (untypedFormat != null) {
            checkFormat(untypedFormat);
        }
    }

    /** Party bodies: one series per type, restarting each term, secret documents in the same series. */
    public static NumberingPolicy party() {
        return new NumberingPolicy(Scope.PER_TYPE, Reset.PER_TERM, SecretSeries.SHARED, "{n}-{type}/{org}", null);
    }

    /** State bodies (Decree 30): one yearly series for all types, secret documents apart. */
    public static NumberingPolicy state() {
        return new NumberingPolicy(Scope.SHARED, Reset.YEARLY, SecretSeries.SEPARATE, "{n}/{type}-{org}",
                "{n}/{org}-{unit}");
    }

    /** Arrival numbers (số đến): one yearly sequence in order of receipt. */
    public static NumberingPolicy arrival() {
        return new NumberingPolicy(Scope.SHARED, Reset.YEARLY, SecretSeries.SHARED, "{n}", null);
    }

    /** Which counter a document of this type and secrecy draws from. */
    String seriesKey(String typeCode, boolean secret) {
        String base = scope == Scope.PER_TYPE ? "type:" + typeCode : "all";
        return secret && secretSeries == SecretSeries.SEPARATE ? base + ":secret" : base;
    }

    /** Which period of that counter: the year, the Party term, or none. */
    String periodKey(LocalDate date, Long termId) {
        return switch (reset) {
            case YEARLY -> "year:" + date.getYear();
            case PER_TERM -> {
                if (termId == null) {
                    throw new DomainException("register.term.missing", date);
                }
                yield "term:" + termId;
            }
            case NEVER -> "all";
        };
    }

    /** Writes the number; below 10 it gets a leading zero ("05"). */
    String render(long number, boolean typed, String typeCode, String org, String unit, LocalDate date) {
        String template = !typed && untypedFormat != null ? untypedFormat : format;
        String n = number < 10 ? "0" + number : Long.toString(number);
        return template.replace("{n}", n)
                .replace("{type}", typeCode == null ? "" : typeCode)
                .replace("{org}", org == null ? "" : org)
                .replace("{unit}", unit == null ? "" : unit)
                .replace("{year}", Integer.toString(date.getYear()));
    }

    private static void checkFormat(String format) {
        if (format == null || format.isBlank() || !format.contains("{n}") || format.length() > 60) {
            throw new DomainException("register.format.invalid");
        }
        var matcher = PLACEHOLDER.matcher(format);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                throw new DomainException("register.format.unknownPlaceholder", matcher.group());
            }
        }
    }
}
