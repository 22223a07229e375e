package de.teilhabe.platform.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class KommunenDienstTest {

    @Inject ApplicationContext ctx;
    @Inject KommunenDienst dienst;

    Nutzer admin;

    @BeforeEach
    void kreis() {
        String slug = TestKreise.slug("kom");
        TestKreise.onboarden(ctx, slug);
        admin = TestKreise.admin(ctx, slug);
    }

    Kommune kommune(String name) {
        return dienst.liste(admin).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void abhNurVonEinerKommuneMitEigenerAbh() {
        Kommune juechen = kommune("Jüchen");
        Kommune meerbusch = kommune("Meerbusch");
        assertThatThrownBy(() -> dienst.aendern(admin, juechen.id(), juechen.version(),
                new KommuneDaten("Jüchen", false, false, false, meerbusch.id())))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::feld, Feldfehler::code)
                        .containsExactly(tuple("abhKommuneId", "kommune.abh.ohne.eigene")));

        Kommune geaendert = dienst.aendern(admin, juechen.id(), juechen.version(),
                new KommuneDaten("Jüchen", false, false, false, kommune("Dormagen").id()));
        assertThat(geaendert.abhKommuneId()).isEqualTo(kommune("Dormagen").id());
        assertThat(geaendert.version()).isEqualTo(juechen.version() + 1);
    }

    @Test
    void zustaendigeAbhKannNichtEinfachWegfallen() {
        Kommune neuss = kommune("Neuss");
        assertThatThrownBy(() -> dienst.aendern(admin, neuss.id(), neuss.version(),
                new KommuneDaten("Neuss", false, true, true, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                        .extracting(Feldfehler::code).containsExactly("kommune.abh.noch.zustaendig"));
    }

    @Test
    void namenSindImKreisEindeutig() {
        assertThatThrownBy(() -> dienst.anlegen(admin, new KommuneDaten(" neuss ", false, false, false, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.art()).isEqualTo(Art.KONFLIKT);
                    assertThat(f.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code)
                            .containsExactly(tuple("name", "kommune.name.vergeben"));
                });
        assertThat(dienst.liste(admin)).hasSize(8);
    }

    @Test
    void zweiGleichzeitigeAenderungenUeberschreibenSichNicht() {
        Kommune gelesenVonA = kommune("Kaarst");
        Kommune gelesenVonB = kommune("Kaarst");
        dienst.aendern(admin, gelesenVonA.id(), gelesenVonA.version(),
                new KommuneDaten("Kaarst", false, true, false, gelesenVonA.abhKommuneId()));
        assertThatThrownBy(() -> dienst.aendern(admin, gelesenVonB.id(), gelesenVonB.version(),
                new KommuneDaten("Kaarst", false, false, true, gelesenVonB.abhKommuneId())))
                .isInstanceOfSatisfying(FachlicherFehler.class,
                        f -> assertThat(f.code()).isEqualTo("konflikt.veraltet"));
        assertThat(kommune("Kaarst").eigenesJugendamt()).isTrue();
        assertThat(kommune("Kaarst").integrationsrat()).isFalse();
    }

    @Test
    void nurDerKreisAdminAendert() {
        Nutzer koordination = new Nutzer(admin.id(), "ki", "KI", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.KI_KOORDINATION));
        assertThat(dienst.liste(koordination)).hasSize(8);
        assertThatThrownBy(() -> dienst.anlegen(koordination, new KommuneDaten("Neu", false, false, false, null)))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.art()).isEqualTo(Art.VERBOTEN));
    }
}
