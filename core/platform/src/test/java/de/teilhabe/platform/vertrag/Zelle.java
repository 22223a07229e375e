package de.teilhabe.platform.vertrag;

import java.util.Arrays;
import java.util.Optional;

/**
 * One cell of the role table in the README: whether the role may call the operation, whether the call is audited
 * (writes an entry into the audit log: the Kreis's, for the operator the platform's), and whether it is restricted to
 * the caller's own data (a provider: its own Maßnahmen and the people assigned to them).
 */
enum Zelle {

    ERLAUBT("✓", true, false, false),
    PROTOKOLLIERT("✓ A", true, true, false),
    EIGENE("eigene", true, false, true),
    EIGENE_PROTOKOLLIERT("eigene A", true, true, true),
    VERWEIGERT("–", false, false, false);

    final String text;
    final boolean erlaubt;
    final boolean protokolliert;
    final boolean eigene;

    Zelle(String text, boolean erlaubt, boolean protokolliert, boolean eigene) {
        this.text = text;
        this.erlaubt = erlaubt;
        this.protokolliert = protokolliert;
        this.eigene = eigene;
    }

    /** The cell written as in the README ({@code -} also for {@code –}); empty for anything else. */
    static Optional<Zelle> von(String text) {
        String t = text.strip().replace('-', '–');
        return Arrays.stream(values()).filter(z -> z.text.equals(t)).findFirst();
    }

    /** The cell for what a call did; {@code eigene} (which no single call shows) kept from the table's cell. */
    static Zelle beobachtet(boolean erlaubt, boolean protokolliert, boolean eigene) {
        if (!erlaubt) {
            return VERWEIGERT;
        }
        if (eigene) {
            return protokolliert ? EIGENE_PROTOKOLLIERT : EIGENE;
        }
        return protokolliert ? PROTOKOLLIERT : ERLAUBT;
    }
}
