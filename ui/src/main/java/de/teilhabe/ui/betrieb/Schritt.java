package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.Component;
import de.teilhabe.platform.fehler.Feldfehler;

import java.util.Locale;

/** One step of the onboarding wizard. */
interface Schritt {
    String titelSchluessel();

    Component inhalt();

    /** Checks what the browser can check (required fields); true when the user may go on. */
    boolean pruefen();

    /** Shows a field error from the platform if it belongs to this step. */
    boolean fehlerZeigen(Feldfehler fehler, Locale sprache);

    void fehlerLeeren();
}
