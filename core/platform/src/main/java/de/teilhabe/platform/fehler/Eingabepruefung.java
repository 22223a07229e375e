package de.teilhabe.platform.fehler;

import io.micronaut.core.beans.BeanIntrospector;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shape of an input, checked once against its Bean Validation constraints — for the API, the UI and the import
 * alike. A violation becomes a {@link Feldfehler} with the field's path and one of our message codes.
 */
@Singleton
public class Eingabepruefung {

    private static final String JAKARTA = "jakarta.validation.constraints.";
    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.?<[a-z ]+>");

    private final Validator validator;

    Eingabepruefung(Validator validator) {
        this.validator = validator;
    }

    /** Throws a 400 problem with every field that breaks a constraint of {@code daten}. */
    public void pruefen(Object daten) {
        List<Feldfehler> fehler = fehler(daten);
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    /** The fields of {@code daten} that break a constraint, by path; none for {@code null} or a type without any. */
    public List<Feldfehler> fehler(Object daten) {
        if (daten == null || BeanIntrospector.SHARED.findIntrospection(daten.getClass()).isEmpty()) {
            return List.of();
        }
        return validator.validate(daten).stream()
                .map(Eingabepruefung::feldfehler)
                .sorted(Comparator.comparing(Feldfehler::feld).thenComparing(Feldfehler::code))
                .toList();
    }

    /**
     * The errors the value {@code wert} of the property {@code eigenschaft} of {@code typ} would have: the check of one
     * field as the user fills it in, by the same constraints as {@link #fehler(Object)}.
     */
    public List<Feldfehler> fehler(Class<?> typ, String eigenschaft, Object wert) {
        return validator.validateValue(typ, eigenschaft, wert).stream()
                .map(Eingabepruefung::feldfehler)
                .sorted(Comparator.comparing(Feldfehler::code))
                .toList();
    }

    private static Feldfehler feldfehler(ConstraintViolation<?> verstoss) {
        String feld = feld(verstoss);
        Map<String, Object> werte = verstoss.getConstraintDescriptor().getAttributes();
        String vorlage = verstoss.getMessageTemplate();
        String regel = vorlage.startsWith("{") && vorlage.endsWith("}")
                ? vorlage.substring(1, vorlage.length() - 1) : "eingabe.regel";
        return switch (regel.replace(JAKARTA, "").replace(".message", "")) {
            case "NotNull", "NotBlank", "NotEmpty" -> Feldfehler.von(feld, "pflichtfeld");
            case "Size" -> Feldfehler.von(feld, "zu.lang", werte.get("max"));
            case "Min", "DecimalMin" -> Feldfehler.von(feld, "eingabe.zahl.mindestens", werte.get("value"));
            case "Max", "DecimalMax" -> Feldfehler.von(feld, "eingabe.zahl.hoechstens", werte.get("value"));
            case "PositiveOrZero" -> Feldfehler.von(feld, "eingabe.zahl.negativ");
            case "Positive" -> Feldfehler.von(feld, "eingabe.zahl.positiv");
            case "PastOrPresent" -> Feldfehler.von(feld, "eingabe.datum.zukunft");
            case "Email" -> Feldfehler.von(feld, "eingabe.email");
            case "eingabe.zu.lang" -> Feldfehler.von(feld, regel, werte.get("max"));
            default -> regel.startsWith(JAKARTA) ? Feldfehler.von(feld, "eingabe.regel") : Feldfehler.von(feld, regel);
        };
    }

    /**
     * The field's path as the API and the UI name it ({@code werte[1].kommuneId}); a list entry itself is
     * {@code werte[1]}, without the validator's container element node ({@code <list element>}).
     */
    private static String feld(ConstraintViolation<?> verstoss) {
        return CONTAINER_ELEMENT.matcher(verstoss.getPropertyPath().toString()).replaceAll("");
    }
}
