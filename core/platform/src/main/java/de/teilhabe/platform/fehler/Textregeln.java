package de.teilhabe.platform.fehler;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The validators of {@link Zeile} and {@link Freitext}: both apply the one text rule of {@link Eingabetexte}. */
@Factory
class Textregeln {

    @Singleton
    ConstraintValidator<Zeile, CharSequence> zeile() {
        return (wert, annotation, kontext) -> gueltig(wert,
                Eingabetexte.verstoss(wert, false, annotation.intValue("max").orElse(Eingabetexte.ZEILE_LAENGE)),
                kontext);
    }

    @Singleton
    ConstraintValidator<Freitext, CharSequence> freitext() {
        return (wert, annotation, kontext) -> gueltig(wert,
                Eingabetexte.verstoss(wert, true, annotation.intValue("max").orElse(Eingabetexte.FREITEXT_LAENGE)),
                kontext);
    }

    private static boolean gueltig(CharSequence wert, Optional<String> verstoss,
                                   io.micronaut.validation.validator.constraints.ConstraintValidatorContext kontext) {
        verstoss.ifPresent(code -> kontext.messageTemplate("{" + code + "}"));
        return verstoss.isEmpty();
    }
}
