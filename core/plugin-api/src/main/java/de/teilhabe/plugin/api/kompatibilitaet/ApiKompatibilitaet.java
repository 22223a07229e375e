package de.teilhabe.plugin.api.kompatibilitaet;

import de.teilhabe.plugin.api.PluginApi;

/**
 * Decides whether the host may load a plugin, from the plugin's {@code Plugin-Requires} manifest entry.
 *
 * <p>Use it in the host before starting a plugin (PF4J gives the value as
 * {@code PluginDescriptor.getRequires()}); on a refusal, mark the plugin as failed/disabled and show
 * {@link Kompatibilitaet#meldung()} to operators. A missing, empty or {@code *} requirement is refused:
 * a Teilhabe plugin must say which API it was built for. See {@link Anforderung} for the syntax.
 *
 * <pre>{@code
 * Kompatibilitaet k = ApiKompatibilitaet.pruefe(descriptor.getPluginId(), descriptor.getRequires());
 * if (!k.kompatibel()) { markFailed(descriptor.getPluginId(), k.meldung()); }
 * }</pre>
 */
public final class ApiKompatibilitaet {

    private ApiKompatibilitaet() {
    }

    /** Checks against the API version of this library, {@link PluginApi#VERSION}. */
    public static Kompatibilitaet pruefe(String pluginId, String anforderung) {
        return pruefe(pluginId, anforderung, PluginApi.VERSION);
    }

    /** Checks against the given API version (for tests and tooling). */
    public static Kompatibilitaet pruefe(String pluginId, String anforderung, String apiVersion) {
        Semver api = Semver.parse(apiVersion);
        String id = pluginId == null || pluginId.isBlank() ? "(ohne Id)" : pluginId.trim();
        String wert = anforderung == null ? "" : anforderung.trim();
        if (wert.isEmpty() || wert.equals("*")) {
            return abgelehnt(id, wert, api, "Im Manifest fehlt die Angabe „" + PluginApi.MANIFEST_REQUIRES
                    + "“ (erwartet z. B. „" + PluginApi.EMPFOHLENE_ANFORDERUNG
                    + "“), daher ist unklar, für welche Plugin-API es gebaut wurde.");
        }
        Anforderung parsed;
        try {
            parsed = Anforderung.parse(wert);
        } catch (IllegalArgumentException e) {
            return abgelehnt(id, wert, api, "Die Angabe „" + PluginApi.MANIFEST_REQUIRES + ": " + wert
                    + "“ ist nicht lesbar (" + e.getMessage() + ").");
        }
        if (!parsed.erfuelltVon(api)) {
            return abgelehnt(id, wert, api, "Es wurde für die Plugin-API „" + wert
                    + "“ gebaut, die Plattform stellt aber die Plugin-API " + api + " bereit.");
        }
        return new Kompatibilitaet(id, wert, api.toString(), true, "Plugin „" + id
                + "“ ist mit der Plugin-API " + api + " verträglich (verlangt „" + wert + "“).");
    }

    private static Kompatibilitaet abgelehnt(String id, String wert, Semver api, String grund) {
        String meldung = "Plugin „" + id + "“ wurde nicht geladen: " + grund
                + " Bitte eine zur Plattform passende Version des Plugins einspielen"
                + " (oder die Plattform aktualisieren).";
        return new Kompatibilitaet(id, wert, api.toString(), false, meldung);
    }
}
