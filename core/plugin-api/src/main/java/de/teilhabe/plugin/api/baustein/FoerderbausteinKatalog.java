package de.teilhabe.plugin.api.baustein;

import org.pf4j.ExtensionPoint;

import java.util.List;

/**
 * The Förderbausteine a program offers. A Kreis chooses from this catalog which modules it runs, with which
 * periods and budgets – that choice is data in the host, not code in the plugin.
 */
public interface FoerderbausteinKatalog extends ExtensionPoint {

    /** The modules in guideline order; numbers are unique. */
    List<Foerderbaustein> bausteine();
}
