package de.teilhabe.plugins.vorlage;

import de.teilhabe.plugin.testkit.PluginPruefung;

/** Consistency of the declarations and the "plugin API only" architecture rule. Keep this class. */
class VorlageStandardTest extends PluginPruefung {

    VorlageStandardTest() {
        super(VorlagePlugin.class);
    }
}
