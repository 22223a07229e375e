package de.teilhabe.ui.sitzung;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;

import java.util.Arrays;

/**
 * The one rule for the route guard and the navigation alike. Operator views need the operator, who
 * belongs to no Kreis; a Kreis role counts only for a user of a Kreis. A Kreis user therefore never
 * reaches an operator view, whatever roles a bug might hand out.
 */
public final class Zugriff {
    private Zugriff() {
    }

    public static boolean oeffentlich(Class<?> ansicht) {
        return ansicht.isAnnotationPresent(Oeffentlich.class);
    }

    public static boolean erlaubt(Class<?> ansicht, Nutzer nutzer) {
        if (oeffentlich(ansicht)) {
            return true;
        }
        Erlaubt erlaubt = ansicht.getAnnotation(Erlaubt.class);
        if (erlaubt == null || nutzer == null) {
            return false;
        }
        Rolle[] rollen = erlaubt.value();
        if (rollen.length == 0) {
            return true;
        }
        return Arrays.stream(rollen).anyMatch(rolle -> rolle == Rolle.BETREIBER
                ? nutzer.kreisSlug() == null && nutzer.hat(Rolle.BETREIBER)
                : nutzer.kreisSlug() != null && nutzer.hat(rolle));
    }
}
