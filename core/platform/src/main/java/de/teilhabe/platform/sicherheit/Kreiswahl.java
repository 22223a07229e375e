package de.teilhabe.platform.sicherheit;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/**
 * Where sign-in looks for the account: in one Kreis (by its slug), among the platform operator's accounts, or — when
 * the client names neither — on the whole platform, where the sign-in succeeds only if exactly one active account has
 * the name (several: the same failure as a wrong password, so nobody learns which Kreise have the name).
 */
public record Kreiswahl(@Nullable String kreisSlug, boolean betrieb) {

    /** The account in the Kreis of that slug; blank: {@link #offen()}. */
    public static Kreiswahl kreis(@Nullable String slug) {
        return slug == null || slug.isBlank() ? offen() : new Kreiswahl(slug.strip().toLowerCase(Locale.ROOT), false);
    }

    /** An account of the platform operation (no Kreis). */
    public static Kreiswahl betriebskonto() {
        return new Kreiswahl(null, true);
    }

    /** No Kreis named: the one active account of the name on the whole platform. */
    public static Kreiswahl offen() {
        return new Kreiswahl(null, false);
    }

    /**
     * The choice in a throttling key and the audit log: the slug, {@code -betrieb} or {@code *} (none named) — neither
     * can be a slug, which starts with a letter.
     */
    String kennung() {
        return betrieb ? "-betrieb" : kreisSlug == null ? "*" : kreisSlug;
    }
}
