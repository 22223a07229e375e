package de.teilhabe.plugin.api.kompatibilitaet;

import java.util.Objects;

/**
 * Outcome of checking a plugin's {@code Plugin-Requires} against the host's API version.
 *
 * @param pluginId    id of the checked plugin
 * @param anforderung the plugin's {@code Plugin-Requires} value as found (may be empty)
 * @param apiVersion  the API version the host offers
 * @param kompatibel  {@code true} if the host may load the plugin
 * @param meldung     German message for operators and the UI; for a refusal it says why and what to do
 */
public record Kompatibilitaet(String pluginId, String anforderung, String apiVersion, boolean kompatibel,
                              String meldung) {

    public Kompatibilitaet {
        Objects.requireNonNull(pluginId, "pluginId");
        anforderung = anforderung == null ? "" : anforderung;
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(meldung, "meldung");
    }
}
