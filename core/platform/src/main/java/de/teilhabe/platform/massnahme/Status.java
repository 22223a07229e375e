package de.teilhabe.platform.massnahme;

import java.util.EnumSet;
import java.util.Set;

/** Where a Maßnahme stands, and which changes make sense from here. */
public enum Status {
    GEPLANT, LAUFEND, UNTERBROCHEN, ABGESAGT, BEENDET;

    /** The states reachable from this one. A finished Maßnahme stays finished. */
    public Set<Status> nachfolger() {
        return switch (this) {
            case GEPLANT -> EnumSet.of(LAUFEND, ABGESAGT);
            case LAUFEND -> EnumSet.of(UNTERBROCHEN, BEENDET, ABGESAGT);
            case UNTERBROCHEN -> EnumSet.of(LAUFEND, BEENDET, ABGESAGT);
            case ABGESAGT -> EnumSet.of(GEPLANT, LAUFEND);
            case BEENDET -> EnumSet.noneOf(Status.class);
        };
    }

    /** Interrupting, cancelling and reviving a cancelled Maßnahme need a reason. */
    public boolean brauchtGrund(Status nach) {
        return nach == UNTERBROCHEN || nach == ABGESAGT || this == ABGESAGT;
    }
}
