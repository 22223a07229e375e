package de.teilhabe.platform.fehler;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.micronaut.aop.Around;
import io.micronaut.aop.InterceptorBinding;
import io.micronaut.aop.InterceptorKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a service: before a public method runs, every argument with Bean Validation constraints is checked
 * ({@link Eingabepruefung}); a violation is a 400 {@link FachlicherFehler} with the fields, so the API, the UI's
 * dialogs and the import get the same field errors from the same rules.
 */
@Documented
@Retention(RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
@InterceptorBinding(kind = InterceptorKind.AROUND)
public @interface Geprueft {
}
