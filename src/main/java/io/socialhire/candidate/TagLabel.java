package io.socialhire.candidate;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A tag: letters and digits of any script, spaces and . _ + # -, starting with a letter or digit.
 * The rule needs Unicode classes ({@code \p{L}}), which a JSON Schema pattern cannot carry to every
 * reader (ECMA-262 regular expressions without the u flag read them as literal text), so the
 * contract states it in words and only the code enforces it; a {@code @Pattern}, even one this
 * annotation were composed of, would be copied into the document.
 */
@Documented
@Constraint(validatedBy = TagLabel.Validator.class)
@Target({TYPE_USE, FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface TagLabel {

    String message() default "must be letters, digits, spaces or . _ + # - and start with a letter or digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to {@code @NotNull}, as with every standard constraint. */
    final class Validator implements ConstraintValidator<TagLabel, String> {
        private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(Limits.TAG);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || TAG.matcher(value).matches();
        }
    }
}
