package de.teilhabe.plugin.api.kompatibilitaet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain {@code MAJOR.MINOR.PATCH} version; pre-release and build suffixes are not used by the API. */
record Semver(int major, int minor, int patch) implements Comparable<Semver> {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    static Semver parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("keine Version der Form MAJOR.MINOR.PATCH: „" + text.trim() + "“");
        }
        return new Semver(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    /** Upper bound (exclusive) of a caret range: next major, or next minor for 0.x versions. */
    Semver naechsteInkompatible() {
        return major > 0 ? new Semver(major + 1, 0, 0) : new Semver(0, minor + 1, 0);
    }

    @Override
    public int compareTo(Semver o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        if (minor != o.minor) {
            return Integer.compare(minor, o.minor);
        }
        return Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
