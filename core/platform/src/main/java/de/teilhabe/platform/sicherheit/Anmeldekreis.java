package de.teilhabe.platform.sicherheit;

/** A Kreis as the sign-in page offers it for choice: slug and name. */
public record Anmeldekreis(String slug, String name) {
}
