package de.teilhabe.platform.kreis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OnboardingTest {

    @Inject ApplicationContext ctx;
    @Inject KreisVerwaltung verwaltung;
    @Inject KommunenDienst kommunen;

    Nutzer betreiber;
    Datenbank db;

    @BeforeEach
    void setUp() {
        betreiber = TestKreise.betreiber(ctx);
        db = new Datenbank(ctx);
    }

    @Test
    void legtSchemaRolleKommunenAdminUndAuditAn() {
        String slug = TestKreise.slug("neu");
        Kreis kreis = verwaltung.onboarden(betreiber, TestKreise.rknAntrag(slug));

        assertThat(kreis.slug()).isEqualTo(slug);
        String schema = "kreis_" + slug.replace('-', '_');
        assertThat(db.anzahl("select count(*) from pg_namespace where nspname = '" + schema + "'")).isEqualTo(1);
        assertThat(db.anzahl("select count(*) from pg_roles where rolname like '%_" + schema + "'")).isEqualTo(1);

        Nutzer admin = TestKreise.admin(ctx, slug);
        assertThat(admin.kreisSlug()).isEqualTo(slug);
        assertThat(admin.rollen()).containsExactly(Rolle.KREIS_ADMIN);

        Map<String, Kommune> nachName = kommunen.liste(admin).stream()
                .collect(Collectors.toMap(Kommune::name, Function.identity()));
        assertThat(nachName).hasSize(8);
        assertThat(nachName.get("Neuss").eigeneAuslaenderbehoerde()).isTrue();
        assertThat(nachName.get("Kaarst").abhKommuneId()).isEqualTo(nachName.get("Neuss").id());
        assertThat(nachName.get("Jüchen").abhKommuneId()).isNull();

        assertThat(db.anzahl("select count(*) from " + schema + ".audit_log where aktion = 'ANGELEGT'")).isEqualTo(8);
        assertThat(db.spalte("select objekt_id from platform.audit_log where aktion = 'ONBOARDING'")).contains(slug);
    }

    @Test
    void doppelterKurznameIstEinKonflikt() {
        String slug = TestKreise.slug("doppelt");
        verwaltung.onboarden(betreiber, TestKreise.rknAntrag(slug));
        OnboardingAntrag nochmal = new OnboardingAntrag(slug, "Anderer Kreis", TestKreise.rknAntrag(slug).kommunen(),
                new ErsterAdmin(slug + ".zweiter", "Zweiter", "lang-genug-123"));

        assertThatThrownBy(() -> verwaltung.onboarden(betreiber, nochmal))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.art()).isEqualTo(Art.KONFLIKT);
                    assertThat(f.feldfehler()).extracting(Feldfehler::feld).containsExactly("slug");
                });
    }

    @Test
    void nenntJedesFalscheFeld() {
        // the required values are constraints of the records: all of them are named at once, before the rules
        OnboardingAntrag ohne = new OnboardingAntrag(" ", " ", List.of(
                new KommuneAntrag("Neuss", true, false, false, null),
                new KommuneAntrag("", false, false, false, null)),
                new ErsterAdmin(null, " ", "kurz"));
        assertThatThrownBy(() -> verwaltung.onboarden(betreiber, ohne))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.art()).isEqualTo(Art.UNGUELTIG);
                    assertThat(f.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                            tuple("admin.anzeigename", "pflichtfeld"),
                            tuple("admin.benutzername", "pflichtfeld"),
                            tuple("kommunen[1].name", "pflichtfeld"),
                            tuple("name", "pflichtfeld"),
                            tuple("slug", "pflichtfeld"));
                });
        assertThatThrownBy(() -> verwaltung.onboarden(betreiber, new OnboardingAntrag("kreis-ohne", "Ohne Kommunen",
                List.of(), null))).isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.feldfehler())
                .extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                        tuple("admin", "pflichtfeld"), tuple("kommunen", "kommunen.leer")));

        // with them given, every rule the request breaks is named at once
        OnboardingAntrag antrag = new OnboardingAntrag("Kreis Neuss!", "Kreis Neuss?", List.of(
                new KommuneAntrag("Neuss", true, false, false, null),
                new KommuneAntrag("neuss", false, false, false, null),
                new KommuneAntrag("Kaarst", false, false, false, "Düsseldorf"),
                new KommuneAntrag("Jüchen", false, false, false, "Kaarst")),
                new ErsterAdmin("a b", "Admin", "kurz"));
        assertThatThrownBy(() -> verwaltung.onboarden(betreiber, antrag))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.art()).isEqualTo(Art.UNGUELTIG);
                    assertThat(f.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code).containsExactly(
                            tuple("slug", "slug.ungueltig"),
                            tuple("kommunen[1].name", "kommune.name.doppelt"),
                            tuple("kommunen[2].abhKommune", "kommune.abh.unbekannt"),
                            tuple("kommunen[3].abhKommune", "kommune.abh.ohne.eigene"),
                            tuple("admin.benutzername", "benutzername.ungueltig"),
                            tuple("admin.passwort", "passwort.zu.kurz"));
                    assertThat(f.feldfehler().get(2).text(Locale.GERMAN))
                            .isEqualTo("Die Kommune „Düsseldorf“ gehört nicht zu diesem Kreis.");
                });
        assertThat(db.anzahl("select count(*) from platform.kreis where name in (' ', 'Kreis Neuss?', "
                + "'Ohne Kommunen')")).isZero();
    }

    @Test
    void kreisBenutzerDarfNichtOnboarden() {
        String slug = TestKreise.slug("recht");
        verwaltung.onboarden(betreiber, TestKreise.rknAntrag(slug));
        Nutzer admin = TestKreise.admin(ctx, slug);
        assertThatThrownBy(() -> verwaltung.onboarden(admin, TestKreise.rknAntrag(TestKreise.slug("x"))))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.art()).isEqualTo(Art.VERBOTEN));
        assertThatThrownBy(() -> verwaltung.alle(admin)).isInstanceOf(FachlicherFehler.class);
    }

    @Test
    void wiederholungRaeumtResteEinesAbgebrochenenVersuchsAuf() {
        String slug = TestKreise.slug("rest");
        String schema = "kreis_" + slug.replace('-', '_');
        String rolle = db.spalte("select current_database()").get(0) + "_" + schema;
        db.ausfuehren("create role \"" + rolle + "\" nologin; create schema " + schema
                + "; create table " + schema + ".kommune (x int)");

        verwaltung.onboarden(betreiber, TestKreise.rknAntrag(slug));

        assertThat(kommunen.liste(TestKreise.admin(ctx, slug))).hasSize(8);
    }

    @Test
    void exportUndOffboarding() throws IOException {
        String slug = TestKreise.slug("weg");
        Kreis kreis = verwaltung.onboarden(betreiber, TestKreise.rknAntrag(slug));
        TestKreise.exportFreigeben(ctx, slug);

        Map<String, String> archiv = entpacken(verwaltung.exportieren(betreiber, slug));
        assertThat(archiv).containsKeys("kreis.json", "benutzer.csv", "tabellen/kommune.csv", "tabellen/audit_log.csv");
        assertThat(archiv.get("tabellen/kommune.csv").lines()).hasSize(9).anyMatch(z -> z.contains("Rommerskirchen"));
        assertThat(archiv.get("benutzer.csv")).contains(slug + ".admin").doesNotContain("argon2");

        assertThatThrownBy(() -> verwaltung.offboarden(betreiber, slug, "falsch"))
                .isInstanceOfSatisfying(FachlicherFehler.class, f ->
                        assertThat(f.feldfehler()).extracting(Feldfehler::feld).containsExactly("bestaetigung"));
        assertThat(db.anzahl("select count(*) from platform.kreis where slug = '" + slug + "'")).isEqualTo(1);

        verwaltung.offboarden(betreiber, slug, slug);
        assertThat(db.anzahl("select count(*) from platform.export_freigabe where kreis_id = '" + kreis.id() + "'"))
                .isZero();
        String schema = "kreis_" + slug.replace('-', '_');
        assertThat(db.anzahl("select count(*) from pg_namespace where nspname = '" + schema + "'")).isZero();
        assertThat(db.anzahl("select count(*) from pg_roles where rolname like '%_" + schema + "'")).isZero();
        assertThat(db.anzahl("select count(*) from platform.kreis where slug = '" + slug + "'")).isZero();
        assertThat(db.anzahl("select count(*) from platform.benutzer where benutzername = '" + slug + ".admin'"))
                .isZero();
    }

    private static Map<String, String> entpacken(byte[] zip) throws IOException {
        Map<String, String> inhalt = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                inhalt.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return inhalt;
    }
}
