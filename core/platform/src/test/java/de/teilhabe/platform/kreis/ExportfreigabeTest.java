package de.teilhabe.platform.kreis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's export only with a Kreis admin's grant: refused without one, once with one, refused after it expired
 * or was withdrawn; a grant of another Kreis's admin or of a case manager does not count; of two concurrent downloads
 * only one succeeds. Grant, withdrawal and export stand in the Kreis's own audit log (which its admin reads) and in
 * the platform's.
 */
@MicronautTest(transactional = false)
class ExportfreigabeTest {

    @Inject ApplicationContext ctx;
    @Inject KreisVerwaltung verwaltung;
    @Inject Exportfreigaben freigaben;
    @Inject AuditProtokoll audit;

    Nutzer betreiber;
    Datenbank db;
    String slug;
    String schema;
    Nutzer admin;

    @BeforeEach
    void setUp() {
        betreiber = TestKreise.betreiber(ctx);
        db = new Datenbank(ctx);
        slug = TestKreise.slug("rkn-export");
        TestKreise.onboarden(ctx, slug);
        schema = "kreis_" + slug.replace('-', '_');
        admin = TestKreise.admin(ctx, slug);
    }

    @Test
    void ohneFreigabeKeinExport() {
        assertThatThrownBy(() -> verwaltung.exportieren(betreiber, slug)).isInstanceOfSatisfying(
                FachlicherFehler.class, f -> {
                    assertThat(f.art()).isEqualTo(Art.VERBOTEN);
                    assertThat(f.code()).isEqualTo("exportfreigabe.fehlt");
                    assertThat(f.text(Locale.GERMAN)).contains("Kreis-Administration muss", "freigeben");
                    assertThat(f.text(Locale.ENGLISH)).contains("administration must first grant");
                });
        assertThat(kreisAktionen()).doesNotContain("EXPORT");
        assertThat(plattformAktionen()).doesNotContain("EXPORT");
        assertThat(verwaltung.alle(betreiber)).filteredOn(k -> k.slug().equals(slug))
                .singleElement().extracting(Kreis::exportFreigegebenBis).isNull();
    }

    @Test
    void eineFreigabeGiltFuerGenauEinenDownload() {
        ExportfreigabeAnsicht freigabe = freigaben.erteilen(admin, new ExportfreigabeDaten("  Umzug ins neue Rechenzentrum "));
        assertThat(freigabe.status()).isEqualTo(Freigabestatus.OFFEN);
        assertThat(freigabe.zweck()).isEqualTo("Umzug ins neue Rechenzentrum");
        assertThat(freigabe.erteiltVon()).isEqualTo(admin.benutzername());
        assertThat(Duration.between(freigabe.erteiltAm(), freigabe.gueltigBis())).isEqualTo(Duration.ofHours(24));
        assertThat(verwaltung.alle(betreiber)).filteredOn(k -> k.slug().equals(slug))
                .singleElement().extracting(Kreis::exportFreigegebenBis).isEqualTo(freigabe.gueltigBis());

        byte[] zip = verwaltung.exportieren(betreiber, slug);
        assertThat(zip).startsWith('P', 'K');

        assertThatThrownBy(() -> verwaltung.exportieren(betreiber, slug)).isInstanceOfSatisfying(
                FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("exportfreigabe.fehlt"));
        ExportfreigabeAnsicht verbraucht = freigaben.liste(admin).get(0);
        assertThat(verbraucht.id()).isEqualTo(freigabe.id());
        assertThat(verbraucht.status()).isEqualTo(Freigabestatus.EINGELOEST);
        assertThat(verbraucht.eingeloestVon()).isEqualTo(betreiber.benutzername());
        assertThat(verbraucht.bytes()).isEqualTo(zip.length);
        assertThat(verwaltung.alle(betreiber)).filteredOn(k -> k.slug().equals(slug))
                .singleElement().extracting(Kreis::exportFreigegebenBis).isNull();

        // the Kreis admin sees grant and export in the Kreis's own audit log, the operator in the platform's
        List<AuditEintrag> kreisLog = audit.neueste(admin, 10);
        assertThat(kreisLog).extracting(AuditEintrag::aktion).startsWith("EXPORT", "EXPORT_FREIGEGEBEN");
        AuditEintrag export = kreisLog.get(0);
        assertThat(export.benutzer()).isEqualTo(betreiber.benutzername());
        assertThat(export.objektId()).isEqualTo(freigabe.id().toString());
        assertThat(export.aenderung()).contains("\"bytes\":" + zip.length, "Umzug ins neue Rechenzentrum",
                admin.benutzername());
        assertThat(kreisLog.get(1).benutzer()).isEqualTo(admin.benutzername());
        assertThat(kreisLog.get(1).aenderung()).contains("Umzug ins neue Rechenzentrum", "gueltigBis");
        assertThat(db.spalte("select aktion || ' ' || benutzer || ' ' || aenderung from platform.audit_log"
                + " where objekt_id = '" + slug + "' and aktion like 'EXPORT%' order by id"))
                .satisfiesExactly(
                        z -> assertThat(z).startsWith("EXPORT_FREIGEGEBEN " + admin.benutzername()),
                        z -> assertThat(z).startsWith("EXPORT " + betreiber.benutzername())
                                .contains("\"bytes\":" + zip.length));
    }

    @Test
    void abgelaufeneFreigabeGiltNicht() {
        ExportfreigabeAnsicht freigabe = freigaben.erteilen(admin, new ExportfreigabeDaten("Prüfung"));
        db.ausfuehren("update platform.export_freigabe set erteilt_am = now() - interval '25 hours',"
                + " gueltig_bis = now() - interval '1 hour' where id = '" + freigabe.id() + "'");

        assertThatThrownBy(() -> verwaltung.exportieren(betreiber, slug)).isInstanceOfSatisfying(
                FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("exportfreigabe.fehlt"));
        assertThat(freigaben.liste(admin)).extracting(ExportfreigabeAnsicht::status)
                .containsExactly(Freigabestatus.ABGELAUFEN);
        assertThat(kreisAktionen()).doesNotContain("EXPORT");

        // an expired grant does not block a new one
        freigaben.erteilen(admin, new ExportfreigabeDaten("Zweiter Versuch"));
        assertThat(verwaltung.exportieren(betreiber, slug)).startsWith('P', 'K');
    }

    @Test
    void widerrufeneFreigabeGiltNicht() {
        ExportfreigabeAnsicht freigabe = freigaben.erteilen(admin, new ExportfreigabeDaten("Prüfung"));
        assertThatThrownBy(() -> freigaben.erteilen(admin, new ExportfreigabeDaten("Noch eine")))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.art()).isEqualTo(Art.KONFLIKT);
                    assertThat(f.code()).isEqualTo("exportfreigabe.offen");
                });

        ExportfreigabeAnsicht widerrufen = freigaben.widerrufen(admin);
        assertThat(widerrufen.id()).isEqualTo(freigabe.id());
        assertThat(widerrufen.status()).isEqualTo(Freigabestatus.WIDERRUFEN);
        assertThat(widerrufen.widerrufenVon()).isEqualTo(admin.benutzername());

        assertThatThrownBy(() -> verwaltung.exportieren(betreiber, slug)).isInstanceOfSatisfying(
                FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("exportfreigabe.fehlt"));
        assertThatThrownBy(() -> freigaben.widerrufen(admin)).isInstanceOfSatisfying(FachlicherFehler.class, f -> {
            assertThat(f.art()).isEqualTo(Art.NICHT_GEFUNDEN);
            assertThat(f.code()).isEqualTo("exportfreigabe.keine");
        });
        assertThat(kreisAktionen()).startsWith("EXPORT_FREIGABE_WIDERRUFEN", "EXPORT_FREIGEGEBEN")
                .doesNotContain("EXPORT");
        assertThat(plattformAktionen()).contains("EXPORT_FREIGABE_WIDERRUFEN");
    }

    @Test
    void nurDerEigeneKreisAdminGibtFrei() {
        String anderer = TestKreise.slug("coe-export");
        TestKreise.onboarden(ctx, anderer);
        Nutzer andererAdmin = TestKreise.admin(ctx, anderer);
        ExportfreigabeAnsicht fremd = freigaben.erteilen(andererAdmin, new ExportfreigabeDaten("Eigener Export"));

        // the other admin's grant is for the other Kreis only: RKN stays closed, and neither sees the other's grants
        assertThatThrownBy(() -> verwaltung.exportieren(betreiber, slug)).isInstanceOfSatisfying(
                FachlicherFehler.class, f -> assertThat(f.code()).isEqualTo("exportfreigabe.fehlt"));
        assertThat(freigaben.liste(admin)).isEmpty();
        assertThat(freigaben.liste(andererAdmin)).extracting(ExportfreigabeAnsicht::id).containsExactly(fremd.id());
        assertThat(db.anzahl("select count(*) from " + schema + ".audit_log where aktion like 'EXPORT%'")).isZero();

        Nutzer caseManager = konto("cm", Rolle.CASE_MANAGEMENT);
        Nutzer ki = konto("ki", Rolle.KI_KOORDINATION);
        for (Nutzer ohneRecht : List.of(caseManager, ki, betreiber)) {
            assertThatThrownBy(() -> freigaben.erteilen(ohneRecht, new ExportfreigabeDaten("Bitte")))
                    .as(ohneRecht.benutzername()).isInstanceOfSatisfying(FachlicherFehler.class,
                            f -> assertThat(f.art()).isEqualTo(Art.VERBOTEN));
            assertThatThrownBy(() -> freigaben.widerrufen(ohneRecht)).isInstanceOfSatisfying(FachlicherFehler.class,
                    f -> assertThat(f.art()).isEqualTo(Art.VERBOTEN));
        }
        // nor may a Kreis admin export, even with a grant
        freigaben.erteilen(admin, new ExportfreigabeDaten("Prüfung"));
        assertThatThrownBy(() -> verwaltung.exportieren(admin, slug)).isInstanceOfSatisfying(FachlicherFehler.class,
                f -> assertThat(f.code()).isEqualTo("zugriff.verboten"));
        assertThat(freigaben.liste(admin).get(0).status()).isEqualTo(Freigabestatus.OFFEN);
    }

    @Test
    void zweckIstPflicht() {
        for (String zweck : new String[] {null, "   ", "Zeile\nzwei"}) {
            assertThatThrownBy(() -> freigaben.erteilen(admin, new ExportfreigabeDaten(zweck)))
                    .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                        assertThat(f.art()).isEqualTo(Art.UNGUELTIG);
                        assertThat(f.feldfehler()).extracting(Feldfehler::feld).containsExactly("zweck");
                    });
        }
        assertThat(freigaben.liste(admin)).isEmpty();
    }

    @Test
    void vonZweiGleichzeitigenDownloadsGelingtNurEiner() throws Exception {
        freigaben.erteilen(admin, new ExportfreigabeDaten("Einmal"));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService zwei = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> versuche = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                versuche.add(zwei.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return verwaltung.exportieren(betreiber, slug);
                }));
            }
            int erfolgreich = 0;
            List<String> abgelehnt = new ArrayList<>();
            for (Future<byte[]> versuch : versuche) {
                try {
                    assertThat(versuch.get(60, TimeUnit.SECONDS)).startsWith('P', 'K');
                    erfolgreich++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(FachlicherFehler.class);
                    abgelehnt.add(((FachlicherFehler) e.getCause()).code());
                }
            }
            assertThat(erfolgreich).isEqualTo(1);
            assertThat(abgelehnt).containsExactly("exportfreigabe.fehlt");
        } finally {
            zwei.shutdownNow();
        }
        assertThat(db.anzahl("select count(*) from " + schema + ".audit_log where aktion = 'EXPORT'")).isEqualTo(1);
        assertThat(db.anzahl("select count(*) from platform.audit_log where aktion = 'EXPORT' and objekt_id = '"
                + slug + "'")).isEqualTo(1);
    }

    private Nutzer konto(String kuerzel, Rolle rolle) {
        String name = slug + "." + kuerzel;
        ctx.getBean(Benutzerverwaltung.class).anlegen(admin, new BenutzerDaten(name, kuerzel, Set.of(rolle), true,
                "freigabe-test-passwort"));
        return ctx.getBean(Anmeldung.class).anmelden(name, "freigabe-test-passwort", "test");
    }

    /** The actions of the Kreis's own audit log, newest first. */
    private List<String> kreisAktionen() {
        return db.spalte("select aktion from " + schema + ".audit_log order by id desc");
    }

    private List<String> plattformAktionen() {
        return db.spalte("select aktion from platform.audit_log where objekt_id = '" + slug + "' order by id desc");
    }
}
