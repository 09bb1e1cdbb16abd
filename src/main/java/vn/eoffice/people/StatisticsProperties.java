package vn.eoffice.people;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff statistics settings: {@code age-bands} are the ages at which each band after the first begins, by default
 * 30, 41, 51 and 61 — dưới 30, 30–40, 41–50, 51–60, trên 60 as Party organisation reports count them.
 */
@ConfigurationProperties("eoffice.people.statistics")
record StatisticsProperties(@DefaultValue({ "30", "41", "51", "61" }) List<Integer> ageBands) {

    StatisticsProperties {
        if (ageBands.isEmpty() || !ageBands.stream().sorted().distinct().toList().equals(ageBands)) {
            throw new IllegalArgumentException("eoffice.people.statistics.age-bands must rise strictly: " + ageBands);
        }
    }
}
