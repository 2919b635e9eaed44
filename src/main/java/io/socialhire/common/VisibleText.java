package io.socialhire.common;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @NotBlank} means "has a character a reader can see" throughout the API. The standard
 * check only trims whitespace, so a name of zero-width spaces or direction marks passed it and was
 * stored as a name nobody can read; here it is blank, as {@link Text#hasVisibleCharacter} says.
 */
@Singleton
public class VisibleText implements ValidatorFactoryCustomizer {

    /** The validator that replaces Hibernate Validator's own for {@code @NotBlank} on text. */
    public static final class NotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && Text.hasVisibleCharacter(value);
        }
    }

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false).validatedBy(NotBlankValidator.class);
        configuration.addMapping(mapping);
    }
}
