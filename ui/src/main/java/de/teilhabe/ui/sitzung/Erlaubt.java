package de.teilhabe.ui.sitzung;

import de.teilhabe.platform.sicherheit.Rolle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may open a view. No roles: every signed-in user. A view without this annotation (and without
 * {@link Oeffentlich}) is closed to everyone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Erlaubt {
    Rolle[] value() default {};
}
