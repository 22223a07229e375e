package de.teilhabe.platform.fehler;

import java.util.stream.Stream;

/** An exception and its causes, outermost first (ending where a cause is itself or null). */
final class Ursachen {

    private Ursachen() {
    }

    static Stream<Throwable> kette(Throwable fehler) {
        return Stream.iterate(fehler, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }
}
