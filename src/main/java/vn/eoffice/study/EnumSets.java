package vn.eoffice.study;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Small sets of enum values kept as one comma-separated column (a programme's audiences and levels). */
final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> String write(Set<E> values) {
        return values == null || values.isEmpty() ? ""
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(Class<E> type, String column) {
        var values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).forEach(v -> values.add(Enum.valueOf(type, v)));
        }
        return values;
    }

    @Converter
    static class Audiences implements AttributeConverter<Set<Audience>, String> {
        @Override public String convertToDatabaseColumn(Set<Audience> values) { return write(values); }
        @Override public Set<Audience> convertToEntityAttribute(String column) { return read(Audience.class, column); }
    }

    @Converter
    static class Levels implements AttributeConverter<Set<StudyLevel>, String> {
        @Override public String convertToDatabaseColumn(Set<StudyLevel> values) { return write(values); }
        @Override public Set<StudyLevel> convertToEntityAttribute(String column) {
            return read(StudyLevel.class, column);
        }
    }
}
