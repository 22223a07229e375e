package de.teilhabe.platform.programm;

/**
 * Plugin code threw. Carries a German reason for operators and users; {@link #dauerhaft()} is set for a
 * {@link LinkageError} (missing or incompatible class), which does not heal until the plugin is replaced.
 */
final class Programmdefekt extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pluginId;
    private final boolean dauerhaft;

    Programmdefekt(String pluginId, String grund, Throwable ursache, boolean dauerhaft) {
        super(grund, ursache);
        this.pluginId = pluginId;
        this.dauerhaft = dauerhaft;
    }

    String pluginId() {
        return pluginId;
    }

    String grund() {
        return getMessage();
    }

    boolean dauerhaft() {
        return dauerhaft;
    }
}
