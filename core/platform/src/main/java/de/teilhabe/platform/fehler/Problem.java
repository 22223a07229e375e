package de.teilhabe.platform.fehler;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** RFC 9457 problem details, with the invalid fields named in {@code errors}. */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      @Nullable String code, List<FeldProblem> errors) {

    public static final String MEDIENTYP = "application/problem+json";

    /** One invalid field: its path, the message code and the message text. */
    @Serdeable
    public record FeldProblem(String field, String code, String message) {
    }
}
