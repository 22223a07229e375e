package de.teilhabe.platform.gremium;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A fresh Kreis with users of each role and the KIM structure of seed 004 built through the services. */
final class GremienFixture {

    static final LocalDate KONSTITUIERT = LocalDate.of(2021, 3, 17);

    final String slug;
    final Nutzer admin;
    final Nutzer ki;
    final Nutzer leser;
    final Nutzer cm;
    final Nutzer traeger;
    final GremienDienst gremien;
    final MitgliedschaftenDienst mitgliedschaften;
    final PersonenDienst personen;
    final SitzungenDienst sitzungen;
    final BeschluesseDienst beschluesse;
    final AuftraegeDienst auftraege;
    final AnliegenDienst anliegen;
    final StrukturDienst struktur;

    GremienFixture(ApplicationContext ctx, String stamm) {
        slug = TestKreise.slug(stamm);
        TestKreise.onboarden(ctx, slug);
        admin = TestKreise.admin(ctx, slug);
        ki = mitRolle("ki", Rolle.KI_KOORDINATION);
        leser = mitRolle("gremium", Rolle.GREMIUM_LESERECHT);
        cm = mitRolle("cm", Rolle.CASE_MANAGEMENT);
        traeger = mitRolle("traeger", Rolle.MASSNAHMETRAEGER);
        gremien = ctx.getBean(GremienDienst.class);
        mitgliedschaften = ctx.getBean(MitgliedschaftenDienst.class);
        personen = ctx.getBean(PersonenDienst.class);
        sitzungen = ctx.getBean(SitzungenDienst.class);
        beschluesse = ctx.getBean(BeschluesseDienst.class);
        auftraege = ctx.getBean(AuftraegeDienst.class);
        anliegen = ctx.getBean(AnliegenDienst.class);
        struktur = ctx.getBean(StrukturDienst.class);
    }

    Nutzer mitRolle(String name, Rolle rolle) {
        return new Nutzer(UUID.randomUUID(), slug + "." + name, "Test " + name, admin.kreisSlug(), admin.kreisName(),
                Set.of(rolle));
    }

    static GremiumDaten daten(String name, GremiumTyp typ, Ebene ebene, UUID oben) {
        return new GremiumDaten(name, typ, ebene, List.of("kim"), oben, "Zweck von " + name, List.of("Aufgabe 1"),
                Rhythmus.nachBedarf("nach Bedarf"), KONSTITUIERT, null);
    }

    Gremium lenkungsgruppe() {
        return gremien.anlegen(ki, new GremiumDaten("Lenkungsgruppe", GremiumTyp.LENKUNGSGRUPPE, Ebene.STEUERUNG,
                List.of("kim"), null, "Höchstes Gremium in KIM",
                List.of("Strategische Steuerung von KIM gewährleisten", "Über Vorschläge der Arbeitsgruppen entscheiden"),
                Rhythmus.proJahrUndNachBedarf(2, "ca. zweimal im Jahr sowie nach Bedarf"), KONSTITUIERT, null));
    }

    Gremium unter(Gremium oben, String name, Ebene ebene) {
        return gremien.anlegen(ki, daten(name, GremiumTyp.ARBEITSGRUPPE, ebene, oben.id()));
    }

    Person person(String name) {
        return personen.anlegen(ki, new PersonDaten(name, null, null, null));
    }

    Mitgliedschaft mitglied(Gremium g, Person p, Mitgliedsrolle rolle, LocalDate von) {
        return mitgliedschaften.anlegen(ki, g.id(), new MitgliedschaftDaten(p == null ? null : p.id(), null, rolle,
                "Funktion", "Organisation", Organisationsart.KREISVERWALTUNG, null, von, null));
    }

    SitzungAnsicht sitzung(Gremium g, LocalDate datum) {
        return sitzungen.anlegen(ki, g.id(), new SitzungDaten(datum, null, "Kreishaus", "Sitzung", List.of(), List.of(),
                null));
    }
}
