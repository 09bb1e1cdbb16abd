package vn.eoffice.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * People settings: {@code personnel-unit} is the abbreviation of the unit that, in each agency, is in charge of
 * personnel (phụ trách tổ chức cán bộ); by default the Văn phòng ("VP"), as in the demo commission and communes.
 */
@ConfigurationProperties("eoffice.people")
record PeopleProperties(@DefaultValue("VP") String personnelUnit) {
}
