package de.teilhabe.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import org.assertj.core.api.ThrowableAssert;
import org.assertj.core.groups.Tuple;

/** A refused service call as a test sees it: the kind of failure, its code and the fields named, in order. */
public final class Abweisungen {

    private Abweisungen() {
    }

    /** Input that breaks its form or a rule: 400 {@code eingabe.ungueltig} with exactly these (field, code) pairs. */
    public static FachlicherFehler ungueltig(ThrowableAssert.ThrowingCallable aufruf, Tuple... felder) {
        return abgewiesen(Art.UNGUELTIG, "eingabe.ungueltig", aufruf, felder);
    }

    /** Well-formed input naming something the Kreis does not have: 422 {@code eingabe.verweis.unbekannt}. */
    public static FachlicherFehler verweis(ThrowableAssert.ThrowingCallable aufruf, Tuple... felder) {
        return abgewiesen(Art.NICHT_VERARBEITBAR, "eingabe.verweis.unbekannt", aufruf, felder);
    }

    private static FachlicherFehler abgewiesen(Art art, String code, ThrowableAssert.ThrowingCallable aufruf,
                                               Tuple... felder) {
        FachlicherFehler[] gefangen = new FachlicherFehler[1];
        assertThatThrownBy(aufruf).isInstanceOfSatisfying(FachlicherFehler.class, f -> {
            assertThat(f.art()).isEqualTo(art);
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code).containsExactly(felder);
            gefangen[0] = f;
        });
        return gefangen[0];
    }
}
