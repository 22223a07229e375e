package de.teilhabe.platform.bericht;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * One figure that differs between a frozen report and the same report today.
 *
 * @param tabelle   the table, 1-based, in the order of the document
 * @param zeile     the row's label (its text cells), e.g. „Neuss“ or „FB 1 · Caritas“
 * @param spalte    the column heading
 * @param damals    the figure as issued („“ if the row did not exist)
 * @param heute     the figure now („“ if the row no longer exists)
 * @param differenz heute − damals where both are numbers; {@code null} otherwise (e.g. a suppressed „·“)
 */
@Serdeable
public record Abweichung(int tabelle, String zeile, String spalte, String damals, String heute,
                         @Nullable BigDecimal differenz) {
}
