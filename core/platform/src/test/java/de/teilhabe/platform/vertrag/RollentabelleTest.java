package de.teilhabe.platform.vertrag;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Betreiberkonto;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Least privilege as the README promises it: the role table in the section „Security“ ({@link Rollentabelle}) names
 * for every operation of the application's OpenAPI document and every role (and anonymous callers) whether the call
 * is allowed, and whether it is audited. The test fails if an operation of the document has no row or a row names no
 * operation — so a new endpoint fails until someone decided who may call it — and then calls every operation as
 * every role ({@link Rollenlauf}: one account per role, a valid request with real ids of the fixture Kreis) and fails
 * for every cell the call contradicts: allowed means any answer but 401/403 (a 4xx of validation included), refused
 * means 401 or 403, and {@code A} that the call wrote at least one entry with the caller's user name into the audit
 * log (the Kreis's; for the operator the platform's): a read marked {@code A} must succeed (2xx) and write one; a
 * write marked {@code A} must write one whenever it succeeds (whether the fixture's request gets through a write's
 * own rules — a participant already de-registered, a seat still held — depends on the data; those are listed). What it saw is written as a table in the README's form to
 * {@code target/rollentabelle/beobachtet.md}, and every call with its status to {@code target/rollentabelle/
 * anfragen.txt}: after a deliberate change of rights, review the difference and copy the table.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollentabelleTest implements TestPropertyProvider {

    /** Fixed, so the bodies (enum values chosen from the schema) are the same in every run. */
    static final long SEED = 20_261_207L;

    @Inject ApplicationContext ctx;
    @Inject EmbeddedServer server;
    @Inject @Client("/") HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @Test
    void jedeOperationVerhaeltSichFuerJedeRolleWieDieRollentabelle() throws IOException {
        BlockingHttpClient client = http.toBlocking();
        String yaml = Schnittstelle.dokument(client);
        List<Vorgang> vorgaenge = Schnittstelle.vorgaenge(yaml);
        Map<String, String> bereiche = Schnittstelle.bereiche(yaml);
        Rollentabelle.Tabelle tabelle = Rollentabelle.lesen(Rollentabelle.readme());

        List<String> fehler = new ArrayList<>(tabelle.fehler());
        Set<String> imDokument = vorgaenge.stream().map(Vorgang::name).collect(Collectors.toCollection(TreeSet::new));
        if (imDokument.size() != Schnittstelle.zaehlen(yaml)) {
            fehler.add("The document lists " + Schnittstelle.zaehlen(yaml) + " operations, " + imDokument.size()
                    + " were read");
        }
        for (String v : imDokument) {
            if (!tabelle.zeilen().containsKey(v)) {
                fehler.add(v + ": no row in the README's role table (decide who may call it and add the row)");
            }
        }
        tabelle.zeilen().values().stream().filter(z -> !imDokument.contains(z.vorgang())).forEach(z -> fehler.add(
                "README.md line " + z.zeilennummer() + ": " + z.vorgang() + " is no operation of the API"));

        long start = System.nanoTime();
        Fixtur fixtur = Fixtur.anlegen(ctx, client);
        List<Rollenkonto> konten = konten(client, fixtur);
        List<Rollenlauf.Beobachtung> lauf = new Rollenlauf(fixtur, new Sender(server.getURL().toString()),
                new Datenbank(ctx), SEED).laufen(vorgaenge, konten);
        System.out.println("RollentabelleTest: " + lauf.size() + " calls to " + imDokument.size()
                + " operations in " + (System.nanoTime() - start) / 1_000_000 + " ms (fixture included)");

        List<String> unbestaetigt = new ArrayList<>();
        for (Rollenlauf.Beobachtung b : lauf) {
            Rollentabelle.Zeile zeile = tabelle.zeilen().get(b.vorgang().name());
            Zelle soll = zeile == null ? null : zeile.zellen().get(b.konto().spalte());
            if (soll == null) {
                continue;
            }
            String wer = b.vorgang().name() + " " + b.konto().spalte() + ": ";
            if (soll.erlaubt && b.verweigert()) {
                fehler.add(wer + "expected allowed (" + soll.text + "), got " + b.status() + " " + b.antwort());
            } else if (!soll.erlaubt && !b.verweigert()) {
                fehler.add(wer + "expected refused (–), got " + b.status() + " " + b.antwort());
            } else if (soll.protokolliert && lesend(b) && !b.erfolgreich()) {
                fehler.add(wer + "expected a successful, audited read (" + soll.text + "), got " + b.status() + " "
                        + b.antwort());
            } else if (soll.protokolliert && b.erfolgreich() && b.neueEintraege() == 0) {
                fehler.add(wer + "expected an audit entry (" + soll.text + "), got none (status " + b.status() + ")");
            } else if (soll.protokolliert && !b.erfolgreich()) {
                unbestaetigt.add(wer + b.status());
            }
        }
        Path ordner = Path.of("target", "rollentabelle");
        Files.createDirectories(ordner);
        Files.writeString(ordner.resolve("beobachtet.md"), Rollentabelle.ANFANG + "\n"
                + Rollentabelle.schreiben(bereiche, Rollenlauf.zellen(lauf, tabelle)) + Rollentabelle.ENDE + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(ordner.resolve("anfragen.txt"), lauf.stream().map(b -> String.format(Locale.ROOT,
                "%-60s %-18s %3d audit+%d  %s%n      -> %s", b.vorgang().name(), b.konto().spalte(), b.status(),
                b.neueEintraege(), b.anfrage(), b.antwort())).collect(Collectors.joining("\n")),
                StandardCharsets.UTF_8);
        System.out.println("Audited writes the fixture's request did not get through (audit not checked): "
                + unbestaetigt.size() + "\n  " + String.join("\n  ", unbestaetigt));
        if (!fehler.isEmpty()) {
            throw new AssertionError(fehler.size() + " differences from the README's role table (what the calls "
                    + "showed: " + ordner.resolve("beobachtet.md").toAbsolutePath() + "):\n"
                    + String.join("\n", fehler));
        }
    }

    /** A read: {@code GET}. */
    private static boolean lesend(Rollenlauf.Beobachtung b) {
        return b.vorgang().methode().equals("GET");
    }

    /** One account per role of the table's columns, each with that role only, and the anonymous caller. */
    private List<Rollenkonto> konten(BlockingHttpClient client, Fixtur fixtur) {
        Nutzer admin = TestKreise.admin(ctx, fixtur.kreisSlug);
        List<Rollenkonto> konten = new ArrayList<>();
        for (String spalte : Rollentabelle.SPALTEN) {
            Rollenkonto k = switch (spalte) {
                case "MASSNAHMETRAEGER" -> new Rollenkonto(spalte, fixtur.traegerKonto, ApiKonten.PASSWORT,
                        fixtur.traegerToken);
                case "BETREIBER" -> new Rollenkonto(spalte, Betreiberkonto.BENUTZERNAME,
                        TestKreise.BETREIBER_PASSWORT, fixtur.betreiberToken);
                case "anonym" -> new Rollenkonto(spalte, konten.get(1).benutzername(), ApiKonten.PASSWORT, null);
                default -> {
                    String kuerzel = "rolle-" + spalte.toLowerCase(Locale.ROOT).replace('_', '-');
                    String token = ApiKonten.konto(ctx, client, admin, kuerzel, Rolle.valueOf(spalte));
                    yield new Rollenkonto(spalte, admin.kreisSlug() + "." + kuerzel, ApiKonten.PASSWORT, token);
                }
            };
            konten.add(k);
        }
        return konten;
    }
}
