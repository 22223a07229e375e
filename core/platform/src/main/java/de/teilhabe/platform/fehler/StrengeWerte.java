package de.teilhabe.platform.fehler;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The JSON scalars of every request body, read strictly: a boolean is {@code true} or {@code false} (not
 * {@code "ja"}, not {@code 1}), an integer an integral number in range (not {@code 1.5}, not {@code true}, not
 * {@code "3"}), an amount a number below 10<sup>12</sup> with at most three decimals, a date an existing day written
 * {@code 2021-03-31} between 1900 and 2199, a time {@code 14:30}, a text a JSON string that
 * passes {@link Eingabetexte}. A refusal is a {@link FachlicherFehler} on the field, so the client gets a 400 problem
 * naming the field's label and the rule — never a coerced value.
 */
public final class StrengeWerte {

    private static final BigDecimal GRENZE = BigDecimal.TEN.pow(12);
    private static final int NACHKOMMASTELLEN = 3;
    private static final int ERSTES_JAHR = 1900;
    private static final int LETZTES_JAHR = 2199;
    private static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrengeWerte() {
    }

    static String feld(Argument<?> typ) {
        return typ.getName();
    }

    private static JsonNode knoten(Decoder decoder) throws IOException {
        return decoder.decodeNode();
    }

    @Singleton
    static final class Wahrheitswert implements Deserializer<Boolean> {
        @Override
        public Boolean deserialize(Decoder decoder, DecoderContext kontext, Argument<? super Boolean> typ)
                throws IOException {
            JsonNode wert = knoten(decoder);
            if (!wert.isBoolean()) {
                throw FachlicherFehler.ungueltig(feld(typ), "eingabe.wahrheitswert");
            }
            return wert.getBooleanValue();
        }
    }

    @Singleton
    static final class Ganzzahl implements Deserializer<Integer> {
        @Override
        public Integer deserialize(Decoder decoder, DecoderContext kontext, Argument<? super Integer> typ)
                throws IOException {
            return ganz(knoten(decoder), typ, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
    }

    @Singleton
    static final class LangeGanzzahl implements Deserializer<Long> {
        @Override
        public Long deserialize(Decoder decoder, DecoderContext kontext, Argument<? super Long> typ)
                throws IOException {
            return ganz(knoten(decoder), typ, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
        }
    }

    @Singleton
    static final class Dezimalzahl implements Deserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(Decoder decoder, DecoderContext kontext, Argument<? super BigDecimal> typ)
                throws IOException {
            JsonNode wert = knoten(decoder);
            if (!wert.isNumber()) {
                throw FachlicherFehler.ungueltig(feld(typ), "eingabe.zahl");
            }
            BigDecimal zahl = new BigDecimal(wert.getNumberValue().toString());
            if (zahl.abs().compareTo(GRENZE) >= 0 || zahl.stripTrailingZeros().scale() > NACHKOMMASTELLEN) {
                throw FachlicherFehler.ungueltig(feld(typ), "eingabe.zahl.bereich");
            }
            return zahl;
        }
    }

    @Singleton
    static final class Text implements Deserializer<String> {
        @Override
        public String deserialize(Decoder decoder, DecoderContext kontext, Argument<? super String> typ)
                throws IOException {
            JsonNode wert = knoten(decoder);
            if (!wert.isString()) {
                throw FachlicherFehler.ungueltig(feld(typ), "eingabe.text");
            }
            return Eingabetexte.pruefen(feld(typ), typ.getAnnotationMetadata().hasAnnotation(Freitext.class),
                    wert.getStringValue());
        }
    }

    @Singleton
    static final class Datum implements Deserializer<LocalDate> {
        @Override
        public LocalDate deserialize(Decoder decoder, DecoderContext kontext, Argument<? super LocalDate> typ)
                throws IOException {
            JsonNode wert = knoten(decoder);
            if (!wert.isString()) {
                throw FachlicherFehler.ungueltig(feld(typ), "eingabe.datum");
            }
            return datum(wert.getStringValue(), feld(typ));
        }
    }

    @Singleton
    static final class Uhrzeit implements Deserializer<LocalTime> {
        @Override
        public LocalTime deserialize(Decoder decoder, DecoderContext kontext, Argument<? super LocalTime> typ)
                throws IOException {
            JsonNode wert = knoten(decoder);
            try {
                if (wert.isString()) {
                    return LocalTime.parse(wert.getStringValue());
                }
            } catch (DateTimeParseException e) {
                // refused below
            }
            throw FachlicherFehler.ungueltig(feld(typ), "eingabe.uhrzeit");
        }
    }

    /** A date as {@code 2021-03-31}, existing (not 2021-02-30), between {@value #ERSTES_JAHR} and {@value #LETZTES_JAHR}. */
    public static LocalDate datum(String text, String feld) {
        try {
            LocalDate tag = LocalDate.parse(text, TAG);
            if (tag.getYear() < ERSTES_JAHR || tag.getYear() > LETZTES_JAHR) {
                throw FachlicherFehler.ungueltig(feld, "eingabe.datum.bereich", ERSTES_JAHR, LETZTES_JAHR);
            }
            return tag;
        } catch (DateTimeParseException e) {
            throw FachlicherFehler.ungueltig(feld, "eingabe.datum");
        }
    }

    private static BigInteger ganz(JsonNode wert, Argument<?> typ, long min, long max) {
        if (!wert.isNumber()) {
            throw FachlicherFehler.ungueltig(feld(typ), "eingabe.ganzzahl");
        }
        BigDecimal zahl = new BigDecimal(wert.getNumberValue().toString());
        if (zahl.stripTrailingZeros().scale() > 0) {
            throw FachlicherFehler.ungueltig(feld(typ), "eingabe.ganzzahl");
        }
        BigInteger ganz = zahl.toBigIntegerExact();
        if (ganz.compareTo(BigInteger.valueOf(min)) < 0 || ganz.compareTo(BigInteger.valueOf(max)) > 0) {
            throw FachlicherFehler.ungueltig(feld(typ), "eingabe.zahl.bereich");
        }
        return ganz;
    }
}
