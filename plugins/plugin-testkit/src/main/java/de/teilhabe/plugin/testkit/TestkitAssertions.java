package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;

/** Entry points for the test kit's assertions (named to live next to AssertJ's {@code assertThat}). */
public final class TestkitAssertions {

    private TestkitAssertions() {
    }

    public static UrteilAssert assertThatUrteil(Zielgruppenurteil urteil) {
        return new UrteilAssert(urteil);
    }
}
