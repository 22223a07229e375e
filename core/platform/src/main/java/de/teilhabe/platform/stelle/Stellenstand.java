package de.teilhabe.platform.stelle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Posts entitled vs filled in one program at a reference date — the Programmübersicht's bar. Per formula: the
 * entitlement from the newest inputs at or before the date, the posts filled on that date that belong to the
 * formula, and the difference (entitled minus filled: positive = still to fill, negative = more filled than
 * entitled); per Kommune as well.
 *
 * @param anspruch              sum of the entitlements that could be computed
 * @param besetzt               sum of the VZÄ of posts filled on the date that belong to a formula
 * @param differenz             {@code anspruch − besetzt}
 * @param besetztOhneSchluessel VZÄ of filled posts outside any formula (e.g. KIM coordination posts)
 */
@Serdeable
public record Stellenstand(String programmId, LocalDate stichtag, BigDecimal anspruch, BigDecimal besetzt,
                           BigDecimal differenz, BigDecimal besetztOhneSchluessel, List<Schluesselstand> schluessel) {

    public Stellenstand {
        schluessel = List.copyOf(schluessel);
    }

    /**
     * One formula. {@code berechnungVom}: Stichtag of the inputs used; {@code anspruch} and {@code differenz} are
     * empty when there are no inputs yet or the plugin could not compute them — {@code hinweis} then says why.
     */
    @Serdeable
    public record Schluesselstand(String schluesselId, String bezeichnung, @Nullable Integer baustein,
                                  @Nullable LocalDate berechnungVom, @Nullable BigDecimal anspruch, BigDecimal besetzt,
                                  @Nullable BigDecimal differenz, @Nullable String hinweis,
                                  List<Kommunenstand> jeKommune) {

        public Schluesselstand {
            jeKommune = List.copyOf(jeKommune);
        }
    }

    /**
     * One Kommune, in the Kreis's order: its entitlement where the formula distributes (else empty), the VZÄ of the
     * filled posts responsible for it — a post for several Kommunen counts for each with an equal part, split to
     * 0.001 so the parts add up to the post — and the difference where there is an entitlement.
     */
    @Serdeable
    public record Kommunenstand(UUID kommuneId, String kommune, @Nullable BigDecimal anspruch, BigDecimal besetzt,
                                @Nullable BigDecimal differenz) {
    }
}
