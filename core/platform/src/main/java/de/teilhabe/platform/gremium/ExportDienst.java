package de.teilhabe.platform.gremium;

import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.fehler.Meldungen;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the member list of a Gremium and the minutes of a meeting as {@link Dokument}s in German or English,
 * for the PDF and XLSX writers ({@link de.teilhabe.platform.dokument.Dateiformat}). Access as for reading:
 * readers get names only and minutes without text, results and attendance; a full minutes read is audited (via
 * {@link SitzungenDienst#ansicht}).
 */
@Singleton
public class ExportDienst {

    private final GremienDienst gremien;
    private final SitzungenDienst sitzungen;

    ExportDienst(GremienDienst gremien, SitzungenDienst sitzungen) {
        this.gremien = gremien;
        this.sitzungen = sitzungen;
    }

    /** The members on {@code stichtag} (today if empty), chair first, and the seats nobody fills. */
    public Dokument mitgliederliste(Nutzer nutzer, UUID gremiumId, LocalDate stichtag, Locale sprache) {
        LocalDate tag = stichtag == null ? SitzungLeser.heute() : stichtag;
        GremiumAnsicht a = gremien.ansicht(nutzer, gremiumId);
        List<Mitglied> aktuell = a.mitglieder().stream().filter(m -> !m.von().isAfter(tag)
                && (m.bis() == null || !m.bis().isBefore(tag))).sorted(java.util.Comparator
                .comparing(Mitglied::rolle).thenComparing(Mitglied::organisation)).toList();
        List<Dokument.Block> bloecke = new ArrayList<>();
        bloecke.add(new Dokument.Absatz(t("gremium.export.stand", sprache, Texte.datum(tag))));
        bloecke.add(Dokument.Tabelle.von(spalten(sprache, "rolle", "name", "funktion", "organisation", "art", "seit",
                "vertritt"), aktuell.stream().map(m -> List.of(m.rolle().text(sprache),
                m.person() == null ? "N. N." : m.person(), leer(m.funktion()), m.organisation(),
                m.organisationsart().text(sprache), Texte.datum(m.von()), leer(m.vertritt()))).toList()));
        Set<UUID> besetzt = aktuell.stream().map(Mitglied::sitzId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<List<String>> offen = a.sitze().stream().filter(s -> !besetzt.contains(s.id()) && !s.nachThema())
                .map(s -> List.of(s.rolle().text(sprache), s.funktion())).toList();
        if (!offen.isEmpty()) {
            bloecke.add(new Dokument.Ueberschrift(t("gremium.export.offene.sitze", sprache)));
            bloecke.add(Dokument.Tabelle.von(spalten(sprache, "rolle", "funktion"), offen));
        }
        return new Dokument(t("gremium.export.mitgliederliste", sprache, a.gremium().name()), bloecke);
    }

    /** The minutes: header, attendance, agenda with results, decisions, tasks, minutes text. */
    public Dokument protokoll(Nutzer nutzer, UUID sitzungId, Locale sprache) {
        SitzungAnsicht a = sitzungen.ansicht(nutzer, sitzungId);
        SitzungStamm s = a.sitzung();
        List<Dokument.Block> b = new ArrayList<>();
        b.add(new Dokument.Absatz(t("gremium.export.sitzung.kopf", sprache, Texte.datum(s.datum()),
                s.beginn() == null ? "–" : s.beginn().toString(), s.ort() == null ? "–" : s.ort())));
        if (a.vollstaendig()) {
            for (Teilnahmestatus status : Teilnahmestatus.values()) {
                String namen = a.anwesenheit().stream().filter(x -> x.status() == status)
                        .map(x -> x.name() + " (" + x.organisation() + ")").collect(Collectors.joining("; "));
                if (!namen.isEmpty()) {
                    b.add(new Dokument.Absatz(status.text(sprache) + ": " + namen));
                }
            }
        }
        b.add(new Dokument.Ueberschrift(t("gremium.export.tagesordnung", sprache)));
        b.add(Dokument.Tabelle.von(spalten(sprache, "top", "titel", "ergebnis"), a.tagesordnung().stream()
                .map(p -> List.of(String.valueOf(p.position()), p.titel(), leer(p.ergebnis()))).toList()));
        b.add(new Dokument.Ueberschrift(t("gremium.export.beschluesse", sprache)));
        b.add(Dokument.Tabelle.von(spalten(sprache, "nummer", "beschluss"), a.beschluesse().stream()
                .map(x -> List.of(String.valueOf(x.nummer()), x.text())).toList()));
        b.add(new Dokument.Ueberschrift(t("gremium.export.auftraege", sprache)));
        b.add(Dokument.Tabelle.von(spalten(sprache, "auftrag", "zustaendig", "faellig", "status"), a.auftraege()
                .stream().map(x -> List.of(x.text(), x.zustaendig(), Texte.datum(x.faelligAm()),
                        x.status().text(sprache))).toList()));
        if (s.protokoll() != null) {
            b.add(new Dokument.Ueberschrift(t("gremium.export.protokolltext", sprache)));
            b.add(new Dokument.Absatz(s.protokoll()));
        }
        String titel = s.titel() == null ? a.gremium() : a.gremium() + " – " + s.titel();
        return new Dokument(t("gremium.export.protokoll", sprache, titel, Texte.datum(s.datum())), b);
    }

    private static List<String> spalten(Locale sprache, String... namen) {
        return java.util.Arrays.stream(namen).map(n -> t("gremium.export.spalte." + n, sprache)).toList();
    }

    private static String t(String code, Locale sprache, Object... argumente) {
        return Meldungen.text(code, sprache, argumente);
    }

    private static String leer(String text) {
        return text == null ? "" : text;
    }
}
