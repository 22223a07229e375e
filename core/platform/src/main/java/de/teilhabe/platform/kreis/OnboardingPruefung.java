package de.teilhabe.platform.kreis;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.mandant.KreisSchema;
import de.teilhabe.platform.sicherheit.Passwoerter;
import de.teilhabe.platform.sicherheit.Passwortregeln;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks an onboarding request beyond the constraints of {@link OnboardingAntrag} (slug, name, at least one
 * Kommune and each one's name, the first admin's user and display name given) and names every wrong field at once.
 */
final class OnboardingPruefung {

    static final Pattern BENUTZERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");
    private static final int MAX_NAME = 120;

    private final List<Feldfehler> fehler = new ArrayList<>();

    private OnboardingPruefung() {
    }

    static void pruefen(OnboardingAntrag antrag) {
        OnboardingPruefung p = new OnboardingPruefung();
        p.kreis(antrag);
        p.kommunen(antrag.kommunenOderLeer());
        p.admin(antrag.admin(), antrag.name());
        if (!p.fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(p.fehler);
        }
    }

    private void kreis(OnboardingAntrag antrag) {
        if (!KreisSchema.gueltigerSlug(antrag.slug())) {
            fehler.add(Feldfehler.von("slug", "slug.ungueltig"));
        }
        name("name", antrag.name(), MAX_NAME);
    }

    private void kommunen(List<KommuneAntrag> kommunen) {
        Map<String, KommuneAntrag> nachName = new HashMap<>();
        for (int i = 0; i < kommunen.size(); i++) {
            KommuneAntrag k = kommunen.get(i);
            String feld = "kommunen[" + i + "].name";
            if (name(feld, k.name(), 100) && nachName.putIfAbsent(schluessel(k.name()), k) != null) {
                fehler.add(Feldfehler.von(feld, "kommune.name.doppelt", k.name().trim()));
            }
        }
        for (int i = 0; i < kommunen.size(); i++) {
            KommuneAntrag k = kommunen.get(i);
            if (leer(k.abhKommune())) {
                continue;
            }
            String feld = "kommunen[" + i + "].abhKommune";
            KommuneAntrag zustaendig = nachName.get(schluessel(k.abhKommune()));
            if (k.eigeneAuslaenderbehoerde()) {
                fehler.add(Feldfehler.von(feld, "kommune.abh.selbst"));
            } else if (zustaendig == null) {
                fehler.add(Feldfehler.von(feld, "kommune.abh.unbekannt", k.abhKommune().trim()));
            } else if (!zustaendig.eigeneAuslaenderbehoerde()) {
                fehler.add(Feldfehler.von(feld, "kommune.abh.ohne.eigene", zustaendig.name().trim()));
            }
        }
    }

    private void admin(ErsterAdmin admin, String kreisName) {
        if (!BENUTZERNAME.matcher(admin.benutzername().trim()).matches()) {
            fehler.add(Feldfehler.von("admin.benutzername", "benutzername.ungueltig"));
        }
        name("admin.anzeigename", admin.anzeigename(), MAX_NAME);
        Passwortregeln.verstoss(admin.passwort(), admin.benutzername(), kreisName)
                .ifPresent(code -> fehler.add(Feldfehler.von("admin.passwort", code, Passwoerter.MINDESTLAENGE)));
    }

    private boolean name(String feld, String wert, int max) {
        if (wert.trim().length() > max) {
            fehler.add(Feldfehler.von(feld, "zu.lang", max));
            return false;
        }
        return true;
    }

    static String schluessel(String name) {
        return name.trim().toLowerCase(Locale.GERMAN);
    }

    private static boolean leer(String wert) {
        return wert == null || wert.isBlank();
    }
}
