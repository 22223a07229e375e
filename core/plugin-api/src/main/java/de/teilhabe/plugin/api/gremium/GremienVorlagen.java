package de.teilhabe.plugin.api.gremium;

import org.pf4j.ExtensionPoint;

import java.util.List;

/**
 * Steering-structure templates of a program: the bodies (Gremien) with their level, parent body, default
 * seats and rhythm. The host offers them when a Kreis sets up the program's committees.
 */
public interface GremienVorlagen extends ExtensionPoint {

    /** Templates, parents before children; {@link Gremiumvorlage#uebergeordnet()} refers to keys in this list. */
    List<Gremiumvorlage> gremien();
}
