package de.teilhabe.platform.kommune;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules a Kommune must keep within its Kreis. */
final class KommunenPruefung {

    private KommunenPruefung() {
    }

    /** Checks {@code daten} for the Kommune {@code id} (new or existing) against the other Kommunen. */
    static void pruefen(UUID id, KommuneDaten daten, List<Kommune> alle) {
        List<Feldfehler> fehler = new ArrayList<>();
        String name = daten.name() == null ? "" : daten.name().trim();
        if (alle.stream().anyMatch(k -> !k.id().equals(id) && gleich(k.name(), name))) {
            fehler.add(Feldfehler.vergeben("name", "kommune.name.vergeben", name));
        }
        Map<UUID, Kommune> nachId = alle.stream().collect(Collectors.toMap(Kommune::id, Function.identity()));
        UUID abh = daten.abhKommuneId();
        if (abh != null) {
            Kommune zustaendig = nachId.get(abh);
            if (daten.eigeneAuslaenderbehoerde() || abh.equals(id)) {
                fehler.add(Feldfehler.von("abhKommuneId", "kommune.abh.selbst"));
            } else if (zustaendig == null) {
                fehler.add(Feldfehler.verweis("abhKommuneId", "kommune.abh.unbekannt", abh));
            } else if (!zustaendig.eigeneAuslaenderbehoerde()) {
                fehler.add(Feldfehler.von("abhKommuneId", "kommune.abh.ohne.eigene", zustaendig.name()));
            }
        }
        if (!daten.eigeneAuslaenderbehoerde() && alle.stream().anyMatch(k -> id.equals(k.abhKommuneId()))) {
            fehler.add(Feldfehler.von("eigeneAuslaenderbehoerde", "kommune.abh.noch.zustaendig", name));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private static boolean gleich(String a, String b) {
        return a.toLowerCase(Locale.GERMAN).equals(b.toLowerCase(Locale.GERMAN));
    }
}
