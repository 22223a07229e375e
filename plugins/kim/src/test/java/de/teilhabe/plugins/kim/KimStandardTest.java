package de.teilhabe.plugins.kim;

import de.teilhabe.plugin.testkit.PluginPruefung;

class KimStandardTest extends PluginPruefung {

    KimStandardTest() {
        super(KimPlugin.class);
    }
}
