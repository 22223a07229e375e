package de.teilhabe.platform.demo;

import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.TraegerKonten;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Links a demo Kreis's Maßnahmeträger account to the provider of the first demo assignment, so that signing in
 * as that provider shows its own view with a participant in it. A Kreis without assignments keeps it unlinked.
 */
@Singleton
class DemoTraegerKonto {

    private final TraegerKonten konten;
    private final KreisTransaktion transaktion;
    private final DSLContext sql;

    DemoTraegerKonto(TraegerKonten konten, KreisTransaktion transaktion, DSLContext sql) {
        this.konten = konten;
        this.transaktion = transaktion;
        this.sql = sql;
    }

    void anlegen(DemoKreis kreis) {
        String konto = DemoZugaenge.benutzername(kreis, Rolle.MASSNAHMETRAEGER);
        Nutzer traeger = new Nutzer(UUID.randomUUID(), konto, "Demo-Daten", kreis.slug, kreis.name,
                Set.of(Rolle.MASSNAHMETRAEGER));
        if (konten.traegerVon(traeger).isPresent()) {
            return;
        }
        Optional<UUID> erster = transaktion.lesen(kreis.slug, () -> sql.fetchOptional(
                "select m.traeger_id from zuweisung z join massnahme m on m.id = z.massnahme_id order by z.ab, m.laufnummer limit 1")
                .map(r -> r.get(0, UUID.class)));
        Nutzer admin = new Nutzer(UUID.randomUUID(), DemoZugaenge.benutzername(kreis, Rolle.KREIS_ADMIN), "Demo-Daten",
                kreis.slug, kreis.name, Set.of(Rolle.KREIS_ADMIN));
        erster.ifPresent(id -> konten.zuordnen(admin, id, konto));
    }
}
