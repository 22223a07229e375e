package de.teilhabe.ui.teilnehmer;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * What each part of the participant page works with: the signed-in user, whether the user may change the file, the
 * file as last read, and where a changed file goes (the page shows it anew).
 */
record Aktenkontext(Nutzer nutzer, boolean schreiben, TeilnehmerAkte akte, Consumer<TeilnehmerAkte> gespeichert) {

    UUID id() {
        return akte.teilnehmer().id();
    }
}
