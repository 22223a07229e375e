package de.teilhabe.ui.gremium;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Div;
import de.teilhabe.platform.gremium.GremienDienst;
import de.teilhabe.platform.gremium.Gremium;
import de.teilhabe.platform.gremium.GremiumDaten;
import de.teilhabe.platform.gremium.GremiumTyp;
import de.teilhabe.platform.gremium.MitgliedschaftDaten;
import de.teilhabe.platform.gremium.MitgliedschaftenDienst;
import de.teilhabe.platform.gremium.Mitgliedsrolle;
import de.teilhabe.platform.gremium.Organisationsart;
import de.teilhabe.platform.gremium.Person;
import de.teilhabe.platform.gremium.PersonDaten;
import de.teilhabe.platform.gremium.PersonenDienst;
import de.teilhabe.platform.gremium.Rhythmus;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.konfiguration.MitProgrammen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Server-side render of the structure view (issue 5: 30 Gremien with 300 members, &lt; 300 ms): from navigating
 * to the view (service call, organigram of 30 cards with their member lists) through the server round trip
 * that writes the response to the browser. Only with {@code -Dteilhabe.messung=true} ({@code infra/bench/gremien.sh});
 * prints median, p95 and max and writes {@code target/messung-gremien-ansicht.txt}. No assertion on the time.
 */
@EnabledIfSystemProperty(named = "teilhabe.messung", matches = "true")
class StrukturAnsichtMessung extends MitProgrammen {
    private static final int GREMIEN = 30;
    private static final int MITGLIEDER_JE_GREMIUM = 10;
    private static final int PERSONEN = 120;
    private static final int LAEUFE = 50;
    private static final LocalDate KONSTITUIERT = LocalDate.of(2021, 3, 17);
    private static String slug;

    @AfterAll
    static void aufraeumen() {
        if (slug != null) {
            entfernen(slug);
        }
    }

    @Test
    void strukturMit30GremienUnd300Mitgliedern() throws IOException {
        slug = TestKreise.slug("ui-smess");
        TestKreise.onboarden(kontext, slug);
        Nutzer admin = TestKreise.admin(kontext, slug);
        kontext.getBean(ProgrammDienst.class).aktivieren(admin, "kim");
        Nutzer ki = ki(admin);
        aufbauen(ki);
        anmelden(ki);
        List<Long> zeiten = new ArrayList<>();
        for (int lauf = 0; lauf < LAEUFE + 10; lauf++) {
            oeffnen("");
            long t0 = System.nanoTime();
            oeffnen("gremien");
            MockVaadin.clientRoundtrip();
            long t1 = System.nanoTime();
            int karten = _find(_get(Div.class, s -> s.withId("organigramm")), Div.class,
                    s -> s.withClasses("gremium-karte")).size();
            if (karten != GREMIEN) {
                throw new IllegalStateException("Organigramm unvollständig: " + karten + " Karten");
            }
            if (lauf >= 10) {
                zeiten.add((t1 - t0) / 1_000);
            }
        }
        Collections.sort(zeiten);
        String ergebnis = String.format(Locale.ROOT,
                "Gremien-Strukturansicht (Vaadin, serverseitig) mit %d Gremien und %d Mitgliedern, %d Laeufe: "
                        + "Median %.1f ms, p95 %.1f ms, max %.1f ms",
                GREMIEN, GREMIEN * MITGLIEDER_JE_GREMIUM, LAEUFE, zeiten.get(LAEUFE / 2) / 1000.0,
                zeiten.get(LAEUFE * 95 / 100) / 1000.0, zeiten.get(LAEUFE - 1) / 1000.0);
        System.out.println(ergebnis);
        Files.createDirectories(Paths.get("target"));
        Files.writeString(Paths.get("target", "messung-gremien-ansicht.txt"), ergebnis + System.lineSeparator());
    }

    /** One Lenkungsgruppe, five AGs below it, 24 groups below those; ten members each from 120 persons. */
    private static void aufbauen(Nutzer ki) {
        GremienDienst gremien = kontext.getBean(GremienDienst.class);
        PersonenDienst personen = kontext.getBean(PersonenDienst.class);
        MitgliedschaftenDienst mitgliedschaften = kontext.getBean(MitgliedschaftenDienst.class);
        List<Person> leute = new ArrayList<>();
        for (int i = 0; i < PERSONEN; i++) {
            leute.add(personen.anlegen(ki, new PersonDaten("Person " + i, null, null, null)));
        }
        List<Gremium> alle = new ArrayList<>();
        for (int i = 0; i < GREMIEN; i++) {
            Gremium oben = i == 0 ? null : alle.get(i <= 5 ? 0 : 1 + (i - 6) % 5);
            alle.add(gremien.anlegen(ki, new GremiumDaten("Gremium " + i,
                    i == 0 ? GremiumTyp.LENKUNGSGRUPPE : GremiumTyp.ARBEITSGRUPPE, null, List.of("kim"),
                    oben == null ? null : oben.id(), "Zweck " + i, List.of("Aufgabe"), Rhythmus.alleTage(14, null),
                    KONSTITUIERT, null)));
        }
        for (int i = 0; i < GREMIEN; i++) {
            for (int j = 0; j < MITGLIEDER_JE_GREMIUM; j++) {
                Mitgliedsrolle rolle = j == 0 ? Mitgliedsrolle.VORSITZ
                        : j == 1 ? Mitgliedsrolle.GESCHAEFTSFUEHRUNG : Mitgliedsrolle.MITGLIED;
                mitgliedschaften.anlegen(ki, alle.get(i).id(), new MitgliedschaftDaten(leute.get((i * 4 + j) % PERSONEN).id(),
                        null, rolle, "Funktion " + j, "Organisation " + j, Organisationsart.BEHOERDE, null, KONSTITUIERT,
                        null));
            }
        }
    }
}
