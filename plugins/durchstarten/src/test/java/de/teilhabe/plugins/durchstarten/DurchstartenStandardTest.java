package de.teilhabe.plugins.durchstarten;

import de.teilhabe.plugin.testkit.PluginPruefung;

class DurchstartenStandardTest extends PluginPruefung {

    DurchstartenStandardTest() {
        super(DurchstartenPlugin.class);
    }
}
