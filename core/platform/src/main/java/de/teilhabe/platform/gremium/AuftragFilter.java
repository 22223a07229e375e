package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Which tasks to list; all conditions apply together.
 *
 * @param meine         assigned to the person linked to the signed-in account, or to a Gremium that person is
 *                      a member of on {@code stichtag}
 * @param personId      the same for any person
 * @param gremiumId     assigned to this Gremium
 * @param ueberfaellig  due before {@code stichtag} and not done
 * @param nurOffene     not done
 * @param stichtag      the day looked at; today (Europe/Berlin) if empty
 */
@Serdeable
public record AuftragFilter(boolean meine, @Nullable UUID personId, @Nullable UUID gremiumId, boolean ueberfaellig,
                            boolean nurOffene, @Nullable LocalDate stichtag) {

    public static AuftragFilter alle() {
        return new AuftragFilter(false, null, null, false, false, null);
    }

    public static AuftragFilter nurMeine() {
        return new AuftragFilter(true, null, null, false, false, null);
    }

    public static AuftragFilter ueberfaellige() {
        return new AuftragFilter(false, null, null, true, false, null);
    }
}
