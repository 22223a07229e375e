package de.teilhabe.platform.mandant;

import java.util.regex.Pattern;

/**
 * The database names of one Kreis: its own schema and its own role. Both are derived from the
 * validated slug, so they are always safe identifiers.
 */
public record KreisSchema(String slug, String schema, String rolle) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,28}[a-z0-9]");

    public KreisSchema {
        if (!gueltigerSlug(slug)) {
            throw new IllegalArgumentException("invalid Kreis slug: " + slug);
        }
    }

    public static boolean gueltigerSlug(String slug) {
        return slug != null && SLUG.matcher(slug).matches() && !slug.contains("--");
    }

    static KreisSchema ableiten(String slug, String rollenPraefix) {
        String bezeichner = slug.replace('-', '_');
        return new KreisSchema(slug, "kreis_" + bezeichner, rollenPraefix + "_kreis_" + bezeichner);
    }

    /** The schema as a quoted SQL identifier. */
    public String schemaSql() {
        return '"' + schema + '"';
    }

    /** The role as a quoted SQL identifier. */
    public String rolleSql() {
        return '"' + rolle + '"';
    }
}
