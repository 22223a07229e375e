package de.teilhabe.plugin.testkit;

/** The test bench refused to load a plugin jar, for the reason in the (German) message. */
public class PluginAbgelehntException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginAbgelehntException(String meldung) {
        super(meldung);
    }

    public PluginAbgelehntException(String meldung, Throwable ursache) {
        super(meldung, ursache);
    }
}
