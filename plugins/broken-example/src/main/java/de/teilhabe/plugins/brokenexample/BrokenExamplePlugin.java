package de.teilhabe.plugins.brokenexample;

import org.pf4j.Plugin;

/**
 * TEST FIXTURE – never ship this plugin. It loads and starts like a good plugin, declares a program, but its
 * target-group rule and its staffing formula throw at run time. The host's isolation test uses it to prove
 * that such a plugin is marked failed with a clear message while the platform and the other plugins keep
 * working. The module also builds {@code broken-example-…-api-2.jar}, the same classes with plugin id
 * {@code broken-api-version} and {@code Plugin-Requires: >=2.0.0 & <3.0.0}, which the host must refuse.
 */
public class BrokenExamplePlugin extends Plugin {

    public static final String ID = "broken-example";

    /** Message of every deliberate failure, so tests can recognise it. */
    public static final String FEHLERTEXT = "Absichtlicher Fehler im Test-Plugin „broken-example“";
}
