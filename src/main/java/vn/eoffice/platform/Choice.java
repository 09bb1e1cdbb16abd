package vn.eoffice.platform;

import java.util.List;

/**
 * One thing a picker offers (a person, a unit, an agency): the value the form sends, the name shown, a second line
 * (title, abbreviation) and the nesting depth of a tree (units below units are indented).
 */
public record Choice(String value, String name, String detail, int depth) {

    /** Choices under one heading: the people of one unit, or the whole unit tree under no heading. */
    public record Group(String label, List<Choice> choices) {
    }

    public static Choice of(Long id, String name, String detail) {
        return new Choice(String.valueOf(id), name, detail == null ? "" : detail, 0);
    }

    /** The groups keeping only the choices whose value is one of {@code values} (ids or strings). */
    public static List<Group> only(List<Group> groups, java.util.Collection<?> values) {
        var wanted = values.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
        return groups.stream().map(group -> new Group(group.label(),
                group.choices().stream().filter(choice -> wanted.contains(choice.value())).toList()))
                .filter(group -> !group.choices().isEmpty()).toList();
    }

    /** The same choice sent under another value, e.g. "U12" for a unit beside people in one picker. */
    public Choice prefixed(String prefix) {
        return new Choice(prefix + value, name, detail, depth);
    }
}
