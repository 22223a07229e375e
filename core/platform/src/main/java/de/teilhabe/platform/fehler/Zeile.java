package de.teilhabe.platform.fehler;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text of one line: no line break, tab, NUL or other control character, at most {@link #max()} characters (the
 * rule of {@link Eingabetexte}). {@code null} is valid; add {@code @NotBlank} where the text is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = {})
public @interface Zeile {

    int max() default Eingabetexte.ZEILE_LAENGE;

    String message() default "{eingabe.steuerzeichen}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
