package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.zielgruppe.Begruendung;
import de.teilhabe.plugin.api.zielgruppe.Einstufung;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import org.assertj.core.api.AbstractAssert;

import java.util.Arrays;
import java.util.List;

/** AssertJ assertions for {@link Zielgruppenurteil}; start with {@link TestkitAssertions#assertThatUrteil}. */
public final class UrteilAssert extends AbstractAssert<UrteilAssert, Zielgruppenurteil> {

    UrteilAssert(Zielgruppenurteil urteil) {
        super(urteil, UrteilAssert.class);
    }

    public UrteilAssert istPrimaer() {
        return hatEinstufung(Einstufung.PRIMAER);
    }

    public UrteilAssert istSekundaer() {
        return hatEinstufung(Einstufung.SEKUNDAER);
    }

    public UrteilAssert istNichtZielgruppe() {
        return hatEinstufung(Einstufung.NICHT_ZIELGRUPPE);
    }

    public UrteilAssert istNichtEntscheidbar() {
        return hatEinstufung(Einstufung.NICHT_ENTSCHEIDBAR);
    }

    public UrteilAssert hatEinstufung(Einstufung erwartet) {
        isNotNull();
        if (actual.einstufung() != erwartet) {
            failWithMessage("Erwartet Einstufung <%s>, war <%s> mit Begründungen %s", erwartet, actual.einstufung(),
                    texte(actual.begruendungen()));
        }
        return this;
    }

    /** A documented exception is allowed. */
    public UrteilAssert mitAusnahme() {
        isNotNull();
        if (!actual.ausnahmeZulaessig()) {
            failWithMessage("Erwartet: Ausnahme zulässig, war aber nicht zulässig (%s)", texte(actual.begruendungen()));
        }
        return this;
    }

    /** No exception allowed. */
    public UrteilAssert ohneAusnahme() {
        isNotNull();
        if (actual.ausnahmeZulaessig()) {
            failWithMessage("Erwartet: keine Ausnahme zulässig, war aber zulässig");
        }
        return this;
    }

    /** Every given code is among the reasons. */
    public UrteilAssert begruendetMit(String... codes) {
        isNotNull();
        List<String> vorhanden = actual.begruendungen().stream().map(Begruendung::code).toList();
        for (String code : codes) {
            if (!vorhanden.contains(code)) {
                failWithMessage("Begründung <%s> fehlt; vorhanden: %s", code, vorhanden);
            }
        }
        return this;
    }

    /** The reasons are exactly these codes, in this order. */
    public UrteilAssert begruendetGenauMit(String... codes) {
        isNotNull();
        List<String> vorhanden = actual.begruendungen().stream().map(Begruendung::code).toList();
        if (!vorhanden.equals(Arrays.asList(codes))) {
            failWithMessage("Erwartet Begründungen %s, waren %s", Arrays.asList(codes), vorhanden);
        }
        return this;
    }

    /** A note with this code is present. */
    public UrteilAssert hatHinweis(String code) {
        isNotNull();
        if (actual.hinweise().stream().noneMatch(h -> h.code().equals(code))) {
            failWithMessage("Hinweis <%s> fehlt; vorhanden: %s", code,
                    actual.hinweise().stream().map(Begruendung::code).toList());
        }
        return this;
    }

    /** Some reason's German text contains the fragment. */
    public UrteilAssert nennt(String textfragment) {
        isNotNull();
        if (actual.begruendungen().stream().noneMatch(b -> b.text().contains(textfragment))) {
            failWithMessage("Keine Begründung enthält <%s>: %s", textfragment, texte(actual.begruendungen()));
        }
        return this;
    }

    private static List<String> texte(List<Begruendung> gruende) {
        return gruende.stream().map(b -> b.code() + ": " + b.text()).toList();
    }
}
