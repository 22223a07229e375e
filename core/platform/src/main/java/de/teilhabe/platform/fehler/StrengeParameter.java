package de.teilhabe.platform.fehler;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.MutableConversionService;
import io.micronaut.core.convert.TypeConverterRegistrar;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Query and path values read strictly: a yes/no is {@code true} or {@code false} (the framework would read
 * {@code vielleicht} as false), a date an existing day {@code 2021-03-31} between 1900 and 2199 (not 0000-01-01, not
 * +10000-01-01). Anything else is a conversion error, answered 400 on the parameter ({@link ProblemAntworten}).
 */
@Singleton
class StrengeParameter implements TypeConverterRegistrar {

    @Override
    public void register(MutableConversionService umwandlung) {
        umwandlung.addConverter(String.class, Boolean.class, StrengeParameter::wahrheitswert);
        umwandlung.addConverter(String.class, LocalDate.class, StrengeParameter::datum);
    }

    private static Optional<Boolean> wahrheitswert(String text, Class<Boolean> typ, ConversionContext kontext) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> abgelehnt(text, kontext, "eingabe.wahrheitswert");
        };
    }

    private static Optional<LocalDate> datum(String text, Class<LocalDate> typ, ConversionContext kontext) {
        try {
            return Optional.of(StrengeWerte.datum(text.strip(), null));
        } catch (FachlicherFehler e) {
            return abgelehnt(text, kontext, e.feldfehler().isEmpty() ? "eingabe.datum" : e.feldfehler().get(0).code());
        }
    }

    private static <T> Optional<T> abgelehnt(String text, ConversionContext kontext, String code) {
        kontext.reject(text, new IllegalArgumentException(code));
        return Optional.empty();
    }
}
