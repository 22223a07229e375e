package de.teilhabe.platform.teilnehmer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The access request (Art. 15 DSGVO) against PostgreSQL with the real program plugins: record, audit trail, PDF. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class DatenauskunftTest {

    @Inject ApplicationContext ctx;
    @Inject DatenauskunftDienst dienst;
    @Inject Mandanten mandanten;

    Datenschutzfaelle f;
    UUID id;

    @BeforeAll
    void fall() {
        f = new Datenschutzfaelle(ctx, "auskunft");
        id = f.aufnehmenMitAusnahme("Dawit", "Tesfaye", LocalDate.of(1997, 6, 15));
        f.zuweisenMitAbbruch(id, false);
        f.dienst.akte(f.ki, id);
    }

    @Test
    void auskunftEnthaeltAlleDatenUndDasProtokoll() {
        Datenauskunft a = dienst.auskunft(f.cm, id);

        assertThat(a.kreis()).isEqualTo(f.admin.kreisName());
        assertThat(a.akte().teilnehmer()).extracting(Teilnehmer::vorname, Teilnehmer::nachname,
                Teilnehmer::geburtsdatum).containsExactly("Dawit", "Tesfaye", LocalDate.of(1997, 6, 15));
        assertThat(a.akte().kommune()).isEqualTo("Neuss");
        assertThat(a.akte().aufenthalte()).hasSize(1);
        assertThat(a.akte().programme()).singleElement().satisfies(p -> {
            assertThat(p.einstufung()).isEqualTo("NICHT_ZIELGRUPPE");
            assertThat(p.ausnahmeGrund()).isEqualTo("lange Vorbetreuung durch Frau Schmidt");
        });
        assertThat(a.akte().einwilligungen()).extracting(Einwilligung::zweck)
                .containsExactly(Einwilligungszweck.KLIENTENDATEI);
        assertThat(a.akte().zuweisungen()).extracting(Zuweisung::abbruchgrund)
                .containsExactly("Umzug zur Schwester nach Köln");
        assertThat(a.anonymisiertAm()).isNull();
        assertThat(a.fristen()).hasSize(Aufbewahrungstyp.values().length);
        assertThat(a.protokoll()).extracting(AuditEintrag::benutzer, AuditEintrag::aktion).contains(
                tuple(f.cm.benutzername(), "AUFGENOMMEN"), tuple(f.cm.benutzername(), "ZUGEWIESEN"),
                tuple(f.cm.benutzername(), "ZUWEISUNG_BEENDET"), tuple(f.ki.benutzername(), "GELESEN"));
        assertThat(a.protokoll()).allSatisfy(e -> assertThat(e.objektId()).isEqualTo(id.toString()));

        // the request itself is audited
        assertThat(new Datenbank(ctx).spalte("select benutzer || ':' || aktion from "
                + mandanten.schema(f.admin.kreisSlug()).schema() + ".audit_log where objekt_id = '" + id
                + "' order by id desc limit 1")).containsExactly(f.cm.benutzername() + ":AUSKUNFT");
    }

    @Test
    void auskunftAlsPdf() throws IOException {
        byte[] pdf = Dateiformat.PDF.bytes(dienst.dokument(f.ki, id));

        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int seite = 1; seite <= reader.getNumberOfPages(); seite++) {
            text.append(extractor.getTextFromPage(seite)).append('\n');
        }
        // table cells wrap in the PDF: compare with the line breaks as spaces
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("Art. 15 DSGVO", "Stammdaten", "Tesfaye", "15.06.1997", "Neuss",
                "lange Vorbetreuung durch Frau Schmidt", "Klientendatei", "Umzug zur Schwester nach Köln",
                "AUFGENOMMEN", f.cm.benutzername(), "Speicherdauer");
    }

    @Test
    void nurFallbeteiligteRollenUndNurImEigenenKreis() {
        for (Rolle rolle : List.of(Rolle.MASSNAHMETRAEGER, Rolle.GREMIUM_LESERECHT)) {
            Nutzer n = f.mitRolle(rolle);
            assertThatThrownBy(() -> dienst.auskunft(n, id)).isInstanceOfSatisfying(FachlicherFehler.class,
                    e -> assertThat(e.code()).isEqualTo("zugriff.verboten"));
        }
        Nutzer fremd = de.teilhabe.platform.finanzierung.Programmumgebung.kreisMit(ctx, "auskunft-b");
        assertThatThrownBy(() -> dienst.auskunft(fremd, id)).isInstanceOfSatisfying(FachlicherFehler.class,
                e -> assertThat(e.code()).isEqualTo("teilnehmer.nicht.gefunden"));
    }
}
