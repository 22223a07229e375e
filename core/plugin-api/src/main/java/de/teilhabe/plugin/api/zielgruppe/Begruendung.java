package de.teilhabe.plugin.api.zielgruppe;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One reason for (or note on) a verdict.
 *
 * @param code stable machine code starting with the plugin id, e.g. {@code gemeinsam-klappts.status.duldung};
 *             used for tests, statistics and filters – never shown
 * @param text German sentence shown to case managers as is
 */
public record Begruendung(String code, String text) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    public Begruendung {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Begründungscode „" + code + "“: klein, mit Punkten gegliedert");
        }
        Objects.requireNonNull(text, "text");
    }
}
