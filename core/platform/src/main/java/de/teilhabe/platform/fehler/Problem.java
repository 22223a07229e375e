package de.teilhabe.platform.fehler;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * RFC 9457 problem details: {@code type}, {@code title}, {@code status}, a {@code detail} the user can act on, the
 * path as {@code instance}, our stable {@code code}, the {@code requestId} to quote to the operator, and the invalid
 * fields in {@code errors}.
 */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      @Nullable String code, @Nullable String requestId, List<FeldProblem> errors) {

    public static final String MEDIENTYP = "application/problem+json";

    /** One invalid field: its path, its label as the user knows it, the rule's code and the message text. */
    @Serdeable
    public record FeldProblem(String field, String label, String code, String message) {
    }
}
