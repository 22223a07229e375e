package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The demo participants: twelve, one exception, one de-registration, one Abbruch; a second run adds nothing. */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class TeilnehmerDemoTest {

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerDemo demo;
    @Inject TeilnehmerDienst dienst;

    @Test
    void zwoelfFiktivePersonenMitAusnahmeAbmeldungUndAbbruch() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "tn-demo", GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        Nutzer ki = new Nutzer(UUID.randomUUID(), "test.ki", "KI", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.KI_KOORDINATION));
        ctx.getBean(RknMassnahmen.class).anlegen(ki);
        demo.anlegen(admin.kreisSlug(), admin.kreisName(), "rkn.cm");
        demo.anlegen(admin.kreisSlug(), admin.kreisName(), "rkn.cm");

        Trefferliste alle = dienst.suchen(ki, TeilnehmerFilter.alle());
        assertThat(alle.gesamt()).isEqualTo(12);
        assertThat(alle.zeilen()).allSatisfy(z -> assertThat(z.name()).contains("Demo-"));
        assertThat(alle.zeilen()).filteredOn(z -> !z.aktiv()).hasSize(1);
        List<TeilnehmerAkte> akten = alle.zeilen().stream().map(z -> dienst.akte(ki, z.id())).toList();
        assertThat(akten).flatExtracting(TeilnehmerAkte::programme).filteredOn(Programmteilnahme::ausnahme)
                .singleElement().satisfies(p -> assertThat(p.einstufung()).isEqualTo("NICHT_ZIELGRUPPE"));
        assertThat(akten).flatExtracting(TeilnehmerAkte::zuweisungen).singleElement()
                .satisfies(z -> assertThat(z.ergebnis()).isEqualTo(Zuweisungsergebnis.ABBRUCH));
        assertThat(akten).flatExtracting(TeilnehmerAkte::einwilligungen).isNotEmpty();
    }
}
