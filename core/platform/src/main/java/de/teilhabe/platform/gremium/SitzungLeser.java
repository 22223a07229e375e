package de.teilhabe.platform.gremium;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a meeting with its parts, inside the running Kreis transaction. */
@Singleton
class SitzungLeser {

    static final ZoneId ZEITZONE = ZoneId.of("Europe/Berlin");

    private final SitzungRepository sitzungen;
    private final GremiumRepository gremien;
    private final TagesordnungspunktRepository punkte;
    private final TeilnahmeRepository teilnahmen;
    private final BeschlussRepository beschluesse;
    private final MitgliederAbfrage mitglieder;
    private final AuftragsAbfrage auftraege;

    SitzungLeser(SitzungRepository sitzungen, GremiumRepository gremien, TagesordnungspunktRepository punkte,
                 TeilnahmeRepository teilnahmen, BeschlussRepository beschluesse, MitgliederAbfrage mitglieder,
                 AuftragsAbfrage auftraege) {
        this.sitzungen = sitzungen;
        this.gremien = gremien;
        this.punkte = punkte;
        this.teilnahmen = teilnahmen;
        this.beschluesse = beschluesse;
        this.mitglieder = mitglieder;
        this.auftraege = auftraege;
    }

    SitzungAnsicht ansicht(UUID id, boolean vollstaendig) {
        Sitzung s = sitzungen.findById(id).orElseThrow(SitzungenDienst::fehlt);
        Gremium g = gremien.findById(s.gremiumId()).orElseThrow(GremienDienst::fehlt);
        List<Tagesordnungspunkt> tops = punkte.findBySitzungIdOrderByPosition(id);
        List<SitzungAnsicht.Anwesend> anwesenheit = List.of();
        if (vollstaendig) {
            Map<UUID, Mitglied> nachId = mitglieder.verlauf(g.id()).stream()
                    .collect(Collectors.toMap(Mitglied::id, Function.identity()));
            anwesenheit = teilnahmen.findBySitzungId(id).stream().map(t -> {
                Mitglied m = nachId.get(t.mitgliedschaftId());
                return new SitzungAnsicht.Anwesend(m.id(), m.bezeichnung(), m.funktion(), m.organisation(), m.rolle(),
                        t.status());
            }).sorted(java.util.Comparator.comparing(SitzungAnsicht.Anwesend::rolle)
                    .thenComparing(SitzungAnsicht.Anwesend::name)).toList();
        } else {
            s = new Sitzung(s.id(), s.gremiumId(), s.datum(), s.beginn(), s.ort(), s.titel(), null, s.version());
            tops = tops.stream().map(t -> new Tagesordnungspunkt(t.id(), t.sitzungId(), t.position(), t.titel(),
                    t.anliegenId(), null)).toList();
        }
        return new SitzungAnsicht(SitzungStamm.von(s), g.name(),
                tops.stream().map(TagesordnungspunktAnsicht::von).toList(), anwesenheit,
                beschluesse.findBySitzungIdOrderByNummer(id).stream().map(BeschlussAnsicht::von).toList(),
                auftraege.lesen(AuftragsAbfrage.Auswahl.fuerSitzung(id, heute())), vollstaendig);
    }

    static LocalDate heute() {
        return LocalDate.now(ZEITZONE);
    }
}
