package de.teilhabe.plugins.durchstarten.zuweisung;

import de.teilhabe.plugin.api.zuweisung.Zuweisungsanfrage;
import de.teilhabe.plugin.api.zuweisung.Zuweisungsregel;
import org.pf4j.Extension;

/**
 * The Teilhabemanagement of „Gemeinsam klappt’s“ leads its people into the Förderbausteine 1–4 of „Durchstarten“
 * (seed 000: „… die Teilnehmenden in diese Förderangebote/Förderbausteine vermittelt“; RKN: 109 assigned by
 * 31.03.2021): its participants may be assigned to Maßnahmen of FB 1–4 without a participation in Durchstarten.
 * FB 5, the Innovationsfonds, funds projects, not assignments of people.
 */
@Extension
public class LandesinitiativeZuweisung implements Zuweisungsregel {

    static final String GEMEINSAM_KLAPPTS = "gemeinsam-klappts";

    @Override
    public boolean zulaessig(Zuweisungsanfrage anfrage) {
        return GEMEINSAM_KLAPPTS.equals(anfrage.programm()) && anfrage.baustein() >= 1 && anfrage.baustein() <= 4;
    }
}
