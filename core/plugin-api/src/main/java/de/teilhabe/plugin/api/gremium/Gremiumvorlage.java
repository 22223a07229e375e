package de.teilhabe.plugin.api.gremium;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Template of one body (Gremium) of a program's steering structure. A Kreis creates its real bodies from
 * these templates and then edits members, dates and so on – the template is only the starting point.
 *
 * @param schluessel     stable key, unique in the plugin, e.g. {@code kim.lenkungsgruppe}
 * @param name           German name, e.g. „Lenkungsgruppe“
 * @param ebene          level in the structure
 * @param uebergeordnet  key of the body this one reports to, if any (must be a template of the same plugin)
 * @param aufgaben       German task list
 * @param rollen         default seats
 * @param rhythmus       meeting rhythm
 */
public record Gremiumvorlage(String schluessel, String name, Gremienebene ebene, Optional<String> uebergeordnet,
                             List<String> aufgaben, List<Rollenvorlage> rollen, Sitzungsrhythmus rhythmus) {

    private static final Pattern SCHLUESSEL = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    public Gremiumvorlage {
        Objects.requireNonNull(schluessel, "schluessel");
        if (!SCHLUESSEL.matcher(schluessel).matches()) {
            throw new IllegalArgumentException("Gremienschlüssel „" + schluessel + "“: <plugin-id>.<name>");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ebene, "ebene");
        Objects.requireNonNull(uebergeordnet, "uebergeordnet");
        aufgaben = List.copyOf(aufgaben);
        rollen = List.copyOf(rollen);
        Objects.requireNonNull(rhythmus, "rhythmus");
    }

    /** Seats with the given role. */
    public List<Rollenvorlage> rollen(Gremienrolle rolle) {
        return rollen.stream().filter(r -> r.rolle() == rolle).toList();
    }
}
