package de.teilhabe.plugin.testkit;

import java.util.List;

/** Where a test bench gets a plugin's extensions from. */
interface Erweiterungsquelle extends AutoCloseable {

    /** Extensions of the given extension point, in index order. */
    <T> List<T> erweiterungen(Class<T> typ);

    /** Class loader that sees the plugin's classes and resources (for migrations). */
    ClassLoader klassenlader();

    /** Plugin id if the source knows it (manifest), else {@code null}. */
    String pluginId();

    @Override
    void close();
}
