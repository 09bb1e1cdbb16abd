package vn.eoffice.people.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;

import vn.eoffice.people.CompetencyGroup;
import vn.eoffice.people.PositionForm;
import vn.eoffice.people.PositionKind;
import vn.eoffice.people.TheoryLevel;

/**
 * The position form as the browser posts it: a bean bound field by field, so that the rows of the competency
 * framework bind by index ({@code competencies[2].name}); it is checked as the {@link PositionForm} it makes.
 */
class PositionPage {

    Long unitId;
    String name;
    PositionKind kind;
    String description;
    String requiredEducation;
    TheoryLevel requiredTheory;
    Integer yearsExperience;
    Integer headcount;
    List<Row> competencies = new ArrayList<>();

    static class Row {
        String name;
        CompetencyGroup group;
        Integer level;
    }

    PositionForm toForm() {
        return new PositionForm(unitId, name, kind, description, requiredEducation, requiredTheory, yearsExperience,
                headcount, competencies.stream().map(r -> new PositionForm.Competency(r.name, r.group, r.level))
                        .toList());
    }

    /** The form with the binding's errors (unreadable numbers) and its own constraints' errors, under "form". */
    static BindingResult checked(PositionForm form, BindingResult binding, SmartValidator validator) {
        var result = new DirectFieldBindingResult(form, "form");
        binding.getGlobalErrors().forEach(result::addError);
        // a row of the framework may be gone from the form (rows without a name are dropped): its error goes on top
        binding.getFieldErrors().forEach(e -> {
            if (e.getField().startsWith("competencies")) {
                result.reject(e.getCode(), e.getArguments(), e.getDefaultMessage());
            } else {
                result.rejectValue(e.getField(), e.getCode(), e.getArguments(), e.getDefaultMessage());
            }
        });
        validator.validate(form, result);
        return result;
    }
}
