package de.teilhabe.platform.stelle;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo posts, entered twice to prove they are idempotent: RKN 308 tolerated people → 3,0 THM posts, filled
 * by THM 1–3 (seed 000); Coesfeld's half post (seed 003); Stadt Rheine's 45 → 0,5 posts (seed 002).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StellenDemoTest implements TestPropertyProvider {

    @Inject ApplicationContext ctx;
    @Inject StellenDemo demo;
    @Inject Stellen stellen;
    @Inject Stellenberechnungen berechnungen;
    @Inject Stellenuebersicht uebersicht;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @Test
    void rheinKreisNeuss() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "demo-rkn", GEMEINSAM_KLAPPTS);
        demo.rkn(admin.kreisSlug());
        demo.rkn(admin.kreisSlug());
        assertThat(berechnungen.liste(admin, GEMEINSAM_KLAPPTS)).singleElement()
                .satisfies(e -> assertThat(e.werte()).hasSize(8));
        assertThat(stellen.liste(admin, GEMEINSAM_KLAPPTS)).extracting(s -> s.stelle().bezeichnung(),
                s -> s.stelle().beginn(), s -> s.kommunen().size()).containsExactly(
                tuple("THM 1", LocalDate.of(2020, 5, 1), 2), tuple("THM 2", LocalDate.of(2020, 5, 1), 3),
                tuple("THM 3", LocalDate.of(2020, 9, 15), 3));
        Stellenstand stand = uebersicht.stand(admin, GEMEINSAM_KLAPPTS, LocalDate.of(2021, 3, 31));
        assertThat(stand.anspruch()).isEqualByComparingTo("3.0");
        assertThat(stand.besetzt()).isEqualByComparingTo("3");
        assertThat(stand.differenz()).isEqualByComparingTo("0");
    }

    @Test
    void kimBaustein2ImRheinKreisNeuss() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "demo-kim", Programmumgebung.KIM);
        demo.kimRkn(admin.kreisSlug());
        demo.kimRkn(admin.kreisSlug());
        assertThat(berechnungen.liste(admin, Programmumgebung.KIM)).singleElement()
                .satisfies(e -> assertThat(e.stamm().bemerkung()).startsWith("Beispielzahlen"));
        Stellenstand stand = uebersicht.stand(admin, Programmumgebung.KIM, LocalDate.of(2021, 3, 31));
        assertThat(stand.anspruch()).as("seed 004: seven case-management posts").isEqualByComparingTo("7");
        assertThat(uebersicht.verteilungen(admin, Programmumgebung.KIM, LocalDate.of(2021, 3, 31))).singleElement()
                .satisfies(v -> assertThat(v.anspruch().jeKommune()).hasSize(8));
    }

    @Test
    void coesfeldUndRheine() {
        Nutzer coe = Programmumgebung.kreisMit(ctx, "demo-coe", List.of("Coesfeld", "Dülmen"), GEMEINSAM_KLAPPTS);
        demo.coesfeld(coe.kreisSlug());
        demo.coesfeld(coe.kreisSlug());
        Stellenstand c = uebersicht.stand(coe, GEMEINSAM_KLAPPTS, LocalDate.of(2021, 3, 31));
        assertThat(c.besetzt()).isEqualByComparingTo("0.5");
        assertThat(c.schluessel().get(0).anspruch()).isNull();

        Nutzer st = Programmumgebung.kreisMit(ctx, "demo-st", List.of("Rheine", "Emsdetten"), GEMEINSAM_KLAPPTS);
        demo.rheine(st.kreisSlug());
        demo.rheine(st.kreisSlug());
        Stellenstand r = uebersicht.stand(st, GEMEINSAM_KLAPPTS, LocalDate.of(2020, 3, 31));
        assertThat(r.anspruch()).isEqualByComparingTo("0.5");
        assertThat(r.besetzt()).isEqualByComparingTo("0.5");
        assertThat(r.schluessel().get(0).jeKommune()).extracting(Stellenstand.Kommunenstand::kommune)
                .containsExactly("Rheine");
        assertThat(stellen.liste(st, GEMEINSAM_KLAPPTS)).hasSize(1);
    }
}
