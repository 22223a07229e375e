package de.teilhabe.plugin.api;

/**
 * Version and manifest vocabulary of the Teilhabe plugin API.
 *
 * <p>The API follows semantic versioning: a new minor version only adds (new extension points, new
 * default methods, new enum constants documented as "may grow"), a new major version may break plugins.
 * A plugin states in its {@code MANIFEST.MF} which API versions it was built for
 * ({@value #MANIFEST_REQUIRES}, e.g. {@code >=1.0.0 & <2.0.0}); the host decides with
 * {@link de.teilhabe.plugin.api.kompatibilitaet.ApiKompatibilitaet} whether it may load it.
 */
public final class PluginApi {

    /** Version of this API (semantic versioning). */
    public static final String VERSION = "1.1.0";

    /** Manifest header naming the API versions a plugin accepts. */
    public static final String MANIFEST_REQUIRES = "Plugin-Requires";

    /** Manifest header with the plugin id (also the program id). */
    public static final String MANIFEST_ID = "Plugin-Id";

    /** Manifest header with the plugin's own version. */
    public static final String MANIFEST_VERSION = "Plugin-Version";

    /** Manifest header with the PF4J plugin class. */
    public static final String MANIFEST_CLASS = "Plugin-Class";

    /** Manifest header with the provider (who built the plugin). */
    public static final String MANIFEST_PROVIDER = "Plugin-Provider";

    /** The {@value #MANIFEST_REQUIRES} value a plugin built against this API should declare. */
    public static final String EMPFOHLENE_ANFORDERUNG = ">=1.0.0 & <2.0.0";

    private PluginApi() {
    }
}
