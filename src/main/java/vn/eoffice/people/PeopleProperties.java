package vn.eoffice.people;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * People settings: {@code personnel-unit} is the abbreviation of the unit that, in each agency, is in charge of
 * personnel (phụ trách tổ chức cán bộ); by default the Văn phòng ("VP"), as in the demo commission and communes.
 * {@code knowledge-update-due} (MM-dd, default 11-30) is the day of the plan's year by which leaders' yearly knowledge
 * updates (bồi dưỡng cập nhật kiến thức) are due: each province's guidance sets its own.
 */
@ConfigurationProperties("eoffice.people")
record PeopleProperties(@DefaultValue("VP") String personnelUnit, @DefaultValue("11-30") String knowledgeUpdateDue) {

    PeopleProperties {
        try {
            MonthDay.parse("--" + knowledgeUpdateDue);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("eoffice.people.knowledge-update-due must be MM-dd, e.g. 11-30: "
                    + knowledgeUpdateDue, e);
        }
    }

    /** The due day of leaders' knowledge updates in {@code year}. */
    LocalDate knowledgeUpdateDue(int year) {
        return MonthDay.parse("--" + knowledgeUpdateDue).atYear(year);
    }
}
