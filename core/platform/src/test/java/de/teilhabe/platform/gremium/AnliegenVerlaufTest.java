package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's flow as one thread: case management reports a Versorgungslücke in the AG Fallebene, the AG
 * Strukturebene prepares it, the Lenkungsgruppe decides, and the decision's tasks go back to both groups.
 */
@MicronautTest(transactional = false)
class AnliegenVerlaufTest {

    @Inject ApplicationContext ctx;

    @Test
    void vomFallUeberDieStrukturebeneZurLenkungsgruppeUndZurueck() {
        GremienFixture f = new GremienFixture(ctx, "anl");
        Gremium lg = f.lenkungsgruppe();
        Gremium struktur = f.unter(lg, "Arbeitsgruppe Strukturebene", Ebene.STRUKTUR);
        Gremium fall = f.unter(lg, "Arbeitsgruppe Fallebene", Ebene.FALL);

        Anliegen luecke = f.anliegen.melden(f.cm, new AnliegenDaten("Keine Sprachkurse mit Kinderbetreuung in Jüchen",
                "Mehrere Alleinerziehende können deshalb keinen Integrationskurs besuchen.",
                Anliegenart.VERSORGUNGSLUECKE, fall.id(), LocalDate.of(2021, 4, 20)));
        assertThat(luecke.gemeldetVon()).isEqualTo("Test cm");
        assertThat(f.anliegen.verlauf(f.leser, luecke.id()).status()).isEqualTo(Anliegenstatus.GEMELDET);

        SitzungAnsicht vorbereitung = f.sitzungen.anlegen(f.ki, struktur.id(), new SitzungDaten(
                LocalDate.of(2021, 5, 5), null, null, null,
                List.of(new SitzungDaten.Punkt("Versorgungslücke Sprachkurse mit Kinderbetreuung", luecke.id(),
                        "Empfehlung an die Lenkungsgruppe: Träger für Kurs mit Kinderbetreuung gewinnen")),
                List.of(), null));
        assertThat(f.anliegen.verlauf(f.leser, luecke.id()).status()).isEqualTo(Anliegenstatus.IN_VORBEREITUNG);

        SitzungAnsicht entscheidung = f.sitzung(lg, LocalDate.of(2021, 10, 6));
        Beschluss beschluss = f.beschluesse.anlegen(f.ki, entscheidung.sitzung().id(), new BeschlussDaten(
                "Die Lenkungsgruppe beauftragt die Arbeitsgruppen, einen Kurs mit Kinderbetreuung einzurichten.",
                luecke.id()));
        Auftrag anStruktur = f.auftraege.anlegen(f.ki, entscheidung.sitzung().id(), new AuftragDaten(
                "Träger und Finanzierung klären", beschluss.id(), struktur.id(), null, LocalDate.of(2021, 12, 31),
                null));
        Auftrag anFall = f.auftraege.anlegen(f.ki, entscheidung.sitzung().id(), new AuftragDaten(
                "Teilnehmende über Case-Management ansprechen", beschluss.id(), fall.id(), null,
                LocalDate.of(2022, 2, 28), null));

        AnliegenVerlauf verlauf = f.anliegen.verlauf(f.ki, luecke.id());
        assertThat(verlauf.herkunftGremium()).isEqualTo("Arbeitsgruppe Fallebene");
        assertThat(verlauf.status()).isEqualTo(Anliegenstatus.ENTSCHIEDEN);
        assertThat(verlauf.befassungen()).singleElement().satisfies(b -> {
            assertThat(b.gremium()).isEqualTo("Arbeitsgruppe Strukturebene");
            assertThat(b.ebene()).isEqualTo(Ebene.STRUKTUR);
            assertThat(b.sitzungId()).isEqualTo(vorbereitung.sitzung().id());
            assertThat(b.ergebnis()).startsWith("Empfehlung an die Lenkungsgruppe");
        });
        assertThat(verlauf.beschluesse()).singleElement().satisfies(e -> {
            assertThat(e.gremium()).isEqualTo("Lenkungsgruppe");
            assertThat(e.nummer()).isEqualTo(1);
            assertThat(e.datum()).isEqualTo(LocalDate.of(2021, 10, 6));
            assertThat(e.auftraege()).extracting(AuftragZeile::zustaendig, AuftragZeile::beschlussNummer)
                    .containsExactly(tuple("Arbeitsgruppe Strukturebene", 1), tuple("Arbeitsgruppe Fallebene", 1));
        });

        AnliegenVerlauf fuerCaseManagement = f.anliegen.verlauf(f.cm, luecke.id());
        assertThat(fuerCaseManagement.befassungen().get(0).ergebnis()).isNull();
        assertThat(fuerCaseManagement.beschluesse().get(0).auftraege()).hasSize(2);

        f.auftraege.status(f.ki, anStruktur.id(), anStruktur.version(), Auftragsstatus.ERLEDIGT);
        assertThat(f.anliegen.verlauf(f.leser, luecke.id()).status()).isEqualTo(Anliegenstatus.ENTSCHIEDEN);
        f.auftraege.status(f.ki, anFall.id(), anFall.version(), Auftragsstatus.ERLEDIGT);
        assertThat(f.anliegen.verlauf(f.leser, luecke.id()).status()).isEqualTo(Anliegenstatus.UMGESETZT);
    }

    @Test
    void meldenBrauchtHerkunftUndNurMitRecht() {
        GremienFixture f = new GremienFixture(ctx, "anl2");
        // title, kind and origin are constraints of the record: answered before the rule on the date is asked
        assertThatThrownBy(() -> f.anliegen.melden(f.cm, new AnliegenDaten("", null, null, null,
                LocalDate.now().plusDays(2)))).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> assertThat(e.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                        tuple("art", "pflichtfeld"), tuple("herkunftGremiumId", "pflichtfeld"),
                        tuple("titel", "pflichtfeld")));
        Gremium lg = f.lenkungsgruppe();
        assertThatThrownBy(() -> f.anliegen.melden(f.cm, new AnliegenDaten("Lücke", null,
                Anliegenart.VERSORGUNGSLUECKE, lg.id(), LocalDate.now().plusDays(2))))
                .isInstanceOfSatisfying(FachlicherFehler.class, e -> assertThat(e.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code)
                        .containsExactly(tuple("gemeldetAm", "gremium.anliegen.zukunft")));
        assertThatThrownBy(() -> f.anliegen.melden(f.leser, new AnliegenDaten("Lücke", null,
                Anliegenart.VERSORGUNGSLUECKE, lg.id(), null))).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> assertThat(e.art()).isEqualTo(Art.VERBOTEN));
        Anliegen a = f.anliegen.melden(f.cm, new AnliegenDaten("Lücke", null, Anliegenart.VERSORGUNGSLUECKE, lg.id(),
                null));
        assertThatThrownBy(() -> f.anliegen.aendern(f.cm, a.id(), a.version(), new AnliegenDaten("Anders", null,
                Anliegenart.BEDARF, lg.id(), null))).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> assertThat(e.art()).isEqualTo(Art.VERBOTEN));
        assertThat(f.anliegen.liste(f.leser)).extracting(Anliegen::titel).containsExactly("Lücke");
    }
}
