package de.teilhabe.platform.fehler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.kommune.KommuneDaten;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class EingabepruefungTest {

    @Introspected
    record Kontakt(@NotBlank @Zeile(max = 5) String name) {
    }

    @Introspected
    record Eingabe(@NotNull @Zeile String titel, @Freitext(max = 10) String notiz, @DecimalMin("0") BigDecimal betrag,
                   @PastOrPresent LocalDate am, List<@Valid Kontakt> kontakte) {
    }

    @Introspected
    record Liste(@NotNull @Valid Kontakt erster, List<@NotNull @Valid Kontakt> weitere,
                 @NotNull(message = "{zielgruppenbasis.stichtag.fehlt}") LocalDate stichtag) {
    }

    @Inject Eingabepruefung pruefung;
    @Inject ApplicationContext ctx;
    @Inject KommunenDienst kommunen;

    @Test
    void jederVerstossWirdZumFeldfehlerMitUnseremCode() {
        Eingabe eingabe = new Eingabe(null, "a\u0000b", new BigDecimal("-0.01"), LocalDate.now().plusDays(1),
                List.of(new Kontakt("ok"), new Kontakt("Zeile\nzwei"), new Kontakt("   ")));

        assertThat(pruefung.fehler(eingabe))
                .extracting(Feldfehler::feld, Feldfehler::code)
                .containsExactly(
                        tuple("am", "eingabe.datum.zukunft"),
                        tuple("betrag", "eingabe.zahl.mindestens"),
                        tuple("kontakte[1].name", "eingabe.zu.lang"),
                        tuple("kontakte[2].name", "pflichtfeld"),
                        tuple("notiz", "eingabe.steuerzeichen.freitext"),
                        tuple("titel", "pflichtfeld"));
    }

    @Test
    void einFeldAlleinWirdWieImGanzenDatensatzGeprueft() {
        // the UI checks each field as it is filled in; it must name exactly what the whole record's check names
        Eingabe eingabe = new Eingabe(null, "a\u0000b", new BigDecimal("-0.01"), LocalDate.now().plusDays(1), null);
        for (Feldfehler imGanzen : pruefung.fehler(eingabe)) {
            Object wert = switch (imGanzen.feld()) {
                case "titel" -> eingabe.titel();
                case "notiz" -> eingabe.notiz();
                case "betrag" -> eingabe.betrag();
                default -> eingabe.am();
            };
            assertThat(pruefung.fehler(Eingabe.class, imGanzen.feld(), wert))
                    .extracting(Feldfehler::feld, Feldfehler::code)
                    .containsExactly(tuple(imGanzen.feld(), imGanzen.code()));
        }
        assertThat(pruefung.fehler(Eingabe.class, "titel", "Neuss")).isEmpty();
        assertThat(pruefung.fehler(Eingabe.class, "betrag", new BigDecimal("1170000.00"))).isEmpty();
    }

    @Test
    void pflichtfelderHeissenNachIhremPfadAuchInListenUndMitEigenemCode() {
        assertThat(pruefung.fehler(new Liste(null, Arrays.asList(new Kontakt("ok"), null, new Kontakt(null)), null)))
                .extracting(Feldfehler::feld, Feldfehler::code)
                .containsExactly(
                        tuple("erster", "pflichtfeld"),
                        tuple("stichtag", "zielgruppenbasis.stichtag.fehlt"),
                        tuple("weitere[1]", "pflichtfeld"),
                        tuple("weitere[2].name", "pflichtfeld"));
        assertThat(pruefung.fehler(new Liste(new Kontakt(" "), null, LocalDate.now())))
                .extracting(Feldfehler::feld, Feldfehler::code)
                .containsExactly(tuple("erster.name", "pflichtfeld"));
    }

    @Test
    void zeilenUndFreitexteHaltenDieRegelVonEingabetexte() {
        assertThat(pruefung.fehler(new Eingabe("x".repeat(501), "Zeile 1\n\tZeile 2".substring(0, 10),
                BigDecimal.ZERO, LocalDate.now(), List.of(new Kontakt("a\tb")))))
                .extracting(Feldfehler::feld, Feldfehler::code, f -> f.text(Locale.GERMAN))
                .containsExactly(
                        tuple("kontakte[0].name", "eingabe.steuerzeichen", Meldungen.text("eingabe.steuerzeichen",
                                Locale.GERMAN)),
                        tuple("titel", "eingabe.zu.lang", "Der Text ist zu lang: höchstens 500 Zeichen."));
        assertThat(pruefung.fehler(new Eingabe("Titel", "a\nb\tc", null, null, List.of()))).isEmpty();
        assertThat(pruefung.fehler(null)).isEmpty();
        assertThat(pruefung.fehler("kein Eingabetyp")).isEmpty();
    }

    @Test
    void einGepruefterDienstPrueftVorDemSchreiben() {
        String slug = TestKreise.slug("pruef");
        TestKreise.onboarden(ctx, slug);
        Nutzer admin = TestKreise.admin(ctx, slug);
        int vorher = kommunen.liste(admin).size();

        assertThatThrownBy(() -> kommunen.anlegen(admin, new KommuneDaten("Neu\u0007stadt", false, false, false,
                null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code)
                        .containsExactly(tuple("name", "eingabe.steuerzeichen")));
        assertThatThrownBy(() -> kommunen.anlegen(admin, new KommuneDaten("N".repeat(101), false, false, false,
                null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code, f2 -> f2.argumente())
                        .containsExactly(tuple("name", "eingabe.zu.lang", List.of(100))));
        assertThat(kommunen.liste(admin)).hasSize(vorher);
    }
}
