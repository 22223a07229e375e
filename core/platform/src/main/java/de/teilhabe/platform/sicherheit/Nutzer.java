package de.teilhabe.platform.sicherheit;

import de.teilhabe.platform.fehler.FachlicherFehler;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** The signed-in user on whose behalf a service runs. The Kreis comes from here, never from the client. */
public record Nutzer(UUID id, String benutzername, String anzeigename, String kreisSlug, String kreisName,
                     Set<Rolle> rollen) {

    public Nutzer {
        rollen = Set.copyOf(rollen);
    }

    public boolean hat(Rolle rolle) {
        return rollen.contains(rolle);
    }

    public boolean istBetreiber() {
        return hat(Rolle.BETREIBER);
    }

    /** The Kreis this user acts in, if the user has one of the given roles; otherwise access is denied. */
    public String kreisMitRolle(Rolle... erlaubt) {
        if (kreisSlug == null || Arrays.stream(erlaubt).noneMatch(this::hat)) {
            throw FachlicherFehler.verboten();
        }
        return kreisSlug;
    }

    /** Any role of a Kreis user: the Kreis this user belongs to. */
    public String kreis() {
        return kreisMitRolle(Rolle.values());
    }

    public void mussBetreiberSein() {
        if (!istBetreiber()) {
            throw FachlicherFehler.verboten();
        }
    }
}
