package vn.eoffice.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A date that cannot be read gets the date message ("Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm …") on every
 * form, including forms bound to records, whose constructor binding does not know the field's type and would fall
 * back to the generic "Giá trị không hợp lệ".
 */
@ControllerAdvice
class DateBindingErrors extends DefaultBindingErrorProcessor {

    static final String DATE_CODE = "typeMismatch." + LocalDate.class.getName();

    @InitBinder
    void register(WebDataBinder binder) {
        binder.setBindingErrorProcessor(this);
    }

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
        if (!(ex instanceof TypeMismatchException mismatch) || !LocalDate.class.equals(mismatch.getRequiredType())
                || ex.getPropertyName() == null) {
            super.processPropertyAccessException(ex, result);
            return;
        }
        String field = ex.getPropertyName();
        List<String> codes = new ArrayList<>(List.of(result.resolveMessageCodes(ex.getErrorCode(), field)));
        codes.remove(DATE_CODE);
        codes.add(codes.size() - 1, DATE_CODE);
        result.addError(new FieldError(result.getObjectName(), field, ex.getValue(), true,
                codes.toArray(String[]::new), getArgumentsForBindError(result.getObjectName(), field),
                ex.getLocalizedMessage()));
    }
}
