package de.teilhabe.platform.bericht;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Rhein-Kreis Neuss's facts of 31.03.2021 (seed 000) entered the way an integrator would — person by person
 * through the REST API, with their real past dates — reproduce the council paper's tables for „Gemeinsam klappt’s“
 * and for „Durchstarten“, whose Förderbausteine the 109 assignments belong to; facts recorded later (a move, a
 * re-admission, a later assignment) leave the report of 31.03.2021 as it was.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RknUeberApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LISTE = Argument.listOf(JSON);
    static final String STICHTAG = "2021-03-31";

    /** Seed 000, „Aktueller Aufnahme-Stand 31.03.2021“: Kommune, Duldung, Gestattung, Aufenthaltstitel; de-registered. */
    private record Kommunenzeile(String kommune, int duldung, int gestattung, int titel, int abgemeldet) {
    }

    private static final List<Kommunenzeile> AUFNAHME = List.of(
            new Kommunenzeile("Dormagen", 14, 21, 0, 3), new Kommunenzeile("Grevenbroich", 26, 14, 0, 4),
            new Kommunenzeile("Jüchen", 7, 7, 1, 1), new Kommunenzeile("Kaarst", 15, 2, 0, 2),
            new Kommunenzeile("Korschenbroich", 26, 9, 0, 3), new Kommunenzeile("Meerbusch", 19, 15, 1, 3),
            new Kommunenzeile("Neuss", 4, 5, 0, 1), new Kommunenzeile("Rommerskirchen", 11, 7, 0, 2));

    /** Seed 000, assignments by 31.03.2021: provider (short name), Baustein, its Maßnahme's planned start, TN, drop-outs. */
    private record Zuteilung(String traeger, int baustein, String start, int anzahl, int abbrueche) {
    }

    private static final List<Zuteilung> ZUWEISUNGEN = List.of(
            new Zuteilung("AWO Berufshilfe", 1, "2020-12-01", 16, 0), new Zuteilung("Caritas", 1, "2020-04-01", 19, 2),
            new Zuteilung("KJA", 1, "2020-10-01", 12, 2), new Zuteilung("TZG", 1, "2020-06-01", 42, 5),
            new Zuteilung("KJA", 2, "2020-11-01", 6, 0), new Zuteilung("VHS Grevenbroich", 3, "2020-11-09", 14, 2));

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    private record Person(String id, String kommune, LocalDate aufnahme, String status, boolean abgemeldet) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void ratsvorlageAusDerApi() {
        BlockingHttpClient client = http.toBlocking();
        Nutzer admin = Programmumgebung.kreisMit(ctx, "rkn-api", DURCHSTARTEN, GEMEINSAM_KLAPPTS);
        ctx.getBean(RknMassnahmen.class).anlegen(new Nutzer(UUID.randomUUID(), "ki", "KI", admin.kreisSlug(),
                admin.kreisName(), Set.of(Rolle.KI_KOORDINATION)));
        String cm = ApiKonten.konto(ctx, client, admin, "cm", Rolle.CASE_MANAGEMENT);
        Map<String, String> kommunen = new LinkedHashMap<>();
        client.retrieve(HttpRequest.GET("/api/kommunen").bearerAuth(cm), LISTE)
                .forEach(k -> kommunen.put((String) k.get("name"), (String) k.get("id")));

        // intake of 204 people with their real dates: Duldung from mid-June 2020, Gestattung from December 2020
        List<Person> personen = new ArrayList<>();
        int nummer = 0;
        int verbote = 0;
        for (Kommunenzeile z : AUFNAHME) {
            List<String> status = new ArrayList<>();
            for (int i = 0; i < z.duldung(); i++) {
                status.add("DULDUNG");
            }
            for (int i = 0; i < z.gestattung(); i++) {
                status.add("GESTATTUNG");
            }
            for (int i = 0; i < z.titel(); i++) {
                status.add("AUFENTHALTSTITEL");
            }
            for (int i = 0; i < status.size(); i++) {
                String s = status.get(i);
                LocalDate aufnahme = (s.equals("GESTATTUNG") ? LocalDate.of(2020, 12, 7) : LocalDate.of(2020, 6, 15))
                        .plusDays((nummer * 7L) % 80);
                boolean abgemeldet = i < z.abgemeldet();
                boolean verbot = s.equals("DULDUNG") && !abgemeldet && verbote < 53;
                verbote += verbot ? 1 : 0;
                Map<String, Object> antrag = new LinkedHashMap<>();
                antrag.put("person", Map.of("vorname", "Api-" + nummer, "nachname", "Ratsvorlage",
                        "geburtsdatum", LocalDate.of(1995, 1, 1).plusDays(nummer * 7L).toString(),
                        "kommuneId", kommunen.get(z.kommune())));
                antrag.put("aufenthalt", Map.of("status", s, "ab", aufnahme.minusMonths(4).toString()));
                antrag.put("programm", GEMEINSAM_KLAPPTS);
                antrag.put("aufgenommenAm", aufnahme.toString());
                if (s.equals("AUFENTHALTSTITEL")) {
                    antrag.put("ausnahmeGrund", "Aufenthaltserlaubnis während der Vorbetreuung erteilt");
                    antrag.put("ausnahmeGenehmigtVon", "Lenkungsgruppe Teilhabemanagement");
                }
                if (verbot) {
                    antrag.put("merkmale", List.of(Map.of("merkmal", "BESCHAEFTIGUNGSVERBOT", "ab",
                            aufnahme.toString())));
                }
                Map<String, Object> akte = client.retrieve(HttpRequest.POST("/api/teilnehmer", antrag).bearerAuth(cm),
                        JSON);
                String id = (String) ((Map<String, Object>) akte.get("teilnehmer")).get("id");
                if (abgemeldet) {
                    client.retrieve(HttpRequest.POST("/api/teilnehmer/" + id + "/abmeldung", Map.of("am",
                            aufnahme.plusDays(30).toString(), "grund", "mangelnde Mitwirkung, nicht erreichbar",
                            "art", "MANGELNDE_MITWIRKUNG")).header("If-Match", "\"0\"").bearerAuth(cm), JSON);
                }
                personen.add(new Person(id, z.kommune(), aufnahme, s, abgemeldet));
                nummer++;
            }
        }
        assertThat(verbote).isEqualTo(53);

        // 109 assignments to Durchstarten's Maßnahmen, per provider as in the council table
        List<Map<String, Object>> massnahmen = client.retrieve(HttpRequest.GET("/api/massnahmen").bearerAuth(cm), LISTE);
        List<Person> aktive = personen.stream().filter(p -> !p.abgemeldet()).toList();
        int naechste = 0;
        for (Zuteilung z : ZUWEISUNGEN) {
            String massnahme = (String) massnahmen.stream().filter(m -> z.traeger().equals(m.get("traeger"))
                    && ((Number) m.get("bausteinNummer")).intValue() == z.baustein()
                    && z.start().equals(m.get("geplanterStart"))).findFirst().orElseThrow().get("id");
            for (int i = 0; i < z.anzahl(); i++) {
                Person p = aktive.get(naechste++);
                LocalDate ab = spaeter(p.aufnahme().plusDays(7), LocalDate.parse(z.start()));
                Map<String, Object> zuweisung = new LinkedHashMap<>(Map.of("massnahmeId", massnahme, "ab",
                        ab.toString()));
                if (i < z.abbrueche()) {
                    zuweisung.putAll(Map.of("bis", ab.plusDays(7).toString(), "ergebnis", "ABBRUCH",
                            "abbruchgrund", "mangelnde Mitwirkung"));
                }
                client.retrieve(HttpRequest.POST("/api/teilnehmer/" + p.id() + "/zuweisungen", zuweisung)
                        .bearerAuth(cm), JSON);
            }
        }

        Map<String, Object> aufnahme = bericht(client, cm, "aufnahme", GEMEINSAM_KLAPPTS);
        assertThat((List<Map<String, Object>>) aufnahme.get("zeilen")).extracting(z -> z.get("kommune"),
                z -> z.get("duldung"), z -> z.get("gestattung"), z -> z.get("aufenthaltstitel"), z -> z.get("gesamt"))
                .containsExactly(tuple("Dormagen", 14, 21, 0, 35), tuple("Grevenbroich", 26, 14, 0, 40),
                        tuple("Jüchen", 7, 7, 1, 15), tuple("Kaarst", 15, 2, 0, 17),
                        tuple("Korschenbroich", 26, 9, 0, 35), tuple("Meerbusch", 19, 15, 1, 35),
                        tuple("Neuss", 4, 5, 0, 9), tuple("Rommerskirchen", 11, 7, 0, 18));
        assertThat((Map<String, Object>) aufnahme.get("summe")).containsEntry("duldung", 122)
                .containsEntry("gestattung", 80).containsEntry("aufenthaltstitel", 2).containsEntry("gesamt", 204)
                .containsEntry("abgemeldet", 19).containsEntry("aktiv", 185).containsEntry("ausnahmen", 2);

        for (String programm : List.of(GEMEINSAM_KLAPPTS, DURCHSTARTEN)) {
            Map<String, Object> b = bericht(client, cm, "zuweisungen", programm);
            assertThat((List<Map<String, Object>>) b.get("zeilen")).as(programm).extracting(z -> z.get("baustein"),
                    z -> z.get("traeger"), z -> z.get("zugewiesen"), z -> z.get("abbruch")).containsExactly(
                    tuple(1, "Arbeiterwohlfahrt OV Neuss e.V.", 16, 0),
                    tuple(1, "Caritas Sozialdienste Rhein-Kreis Neuss GmbH", 19, 2),
                    tuple(1, "Katholische Jugendagentur Düsseldorf gGmbH", 12, 2),
                    tuple(1, "Technologiezentrum Glehn GmbH", 42, 5),
                    tuple(2, "Katholische Jugendagentur Düsseldorf gGmbH", 6, 0),
                    tuple(3, "Volkshochschule der Stadt Grevenbroich", 14, 2));
            assertThat(b.get("personen")).as("„109 TN den Förderbausteinen zugewiesen“ – " + programm).isEqualTo(109);
        }
        Map<String, Object> gremium = client.retrieve(HttpRequest.GET("/api/berichte/dokument?art=gremienzahlen"
                + "&programm=" + GEMEINSAM_KLAPPTS + "&stichtag=" + STICHTAG).bearerAuth(cm), JSON);
        List<List<Map<String, Object>>> verbotTabelle = (List<List<Map<String, Object>>>) ((List<Map<String, Object>>)
                gremium.get("bloecke")).stream().filter(x -> "tabelle".equals(x.get("art"))).findFirst().orElseThrow()
                .get("zeilen");
        List<Map<String, Object>> summe = verbotTabelle.get(verbotTabelle.size() - 1);
        assertThat(summe.get(0).get("wert")).isEqualTo("Summe");
        assertThat(summe.get(1).get("wert")).as("active").isEqualTo("185");
        assertThat(summe.get(2).get("wert")).as("„53 geduldete Personen mit Beschäftigungsverbot“").isEqualTo("53");

        // later facts with their own dates: a move from Kaarst to Neuss in May, a re-admission in June, an assignment
        // in April — the report of 31.03.2021 stays as it was issued, a later one shows them
        Map<String, Object> bDavor = bericht(client, cm, "zuweisungen", GEMEINSAM_KLAPPTS);
        Person kaarst = personen.stream().filter(p -> !p.abgemeldet() && p.kommune().equals("Kaarst")).findFirst()
                .orElseThrow();
        client.retrieve(HttpRequest.POST("/api/teilnehmer/" + kaarst.id() + "/wohnorte", Map.of("kommuneId",
                kommunen.get("Neuss"), "ab", "2021-05-01")).bearerAuth(cm), JSON);
        Person wieder = personen.stream().filter(Person::abgemeldet).findFirst().orElseThrow();
        client.retrieve(HttpRequest.POST("/api/teilnehmer/" + wieder.id() + "/teilnahmen", Map.of("programm",
                GEMEINSAM_KLAPPTS, "aufgenommenAm", "2021-06-01")).bearerAuth(cm), JSON);
        Object caritas = massnahmen.stream().filter(m -> "Caritas".equals(m.get("traeger"))).findFirst().orElseThrow()
                .get("id");
        client.retrieve(HttpRequest.POST("/api/teilnehmer/" + wieder.id() + "/zuweisungen", Map.of("massnahmeId",
                caritas, "ab", "2021-06-15")).bearerAuth(cm), JSON);
        assertThat(bericht(client, cm, "aufnahme", GEMEINSAM_KLAPPTS)).isEqualTo(aufnahme);
        assertThat(bericht(client, cm, "zuweisungen", GEMEINSAM_KLAPPTS)).isEqualTo(bDavor);
        Map<String, Object> juli = client.retrieve(HttpRequest.GET("/api/berichte/aufnahme?programm="
                + GEMEINSAM_KLAPPTS + "&stichtag=2021-07-01").bearerAuth(cm), JSON);
        assertThat((Map<String, Object>) juli.get("summe")).containsEntry("gesamt", 204).containsEntry("abgemeldet", 18)
                .containsEntry("aktiv", 186);
        assertThat((List<Map<String, Object>>) juli.get("zeilen")).filteredOn(z -> "Kaarst".equals(z.get("kommune")))
                .singleElement().satisfies(z -> assertThat(z.get("gesamt")).as("moved to Neuss in May").isEqualTo(16));
    }

    private static Map<String, Object> bericht(BlockingHttpClient client, String token, String art, String programm) {
        return client.retrieve(HttpRequest.GET("/api/berichte/" + art + "?programm=" + programm + "&stichtag="
                + STICHTAG).bearerAuth(token), JSON);
    }

    private static LocalDate spaeter(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
