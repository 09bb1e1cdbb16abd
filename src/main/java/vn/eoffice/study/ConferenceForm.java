package vn.eoffice.study;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** When and where the programme's multi-level online conference is held (the main point at the commission). */
public record ConferenceForm(
        @NotNull(message = "{study.conference.day.required}") LocalDate day,
        @NotNull(message = "{study.conference.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime startTime,
        @NotNull(message = "{study.conference.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime endTime,
        @Size(max = 300, message = "{study.conference.location.tooLong}") String location) {
}
