package de.teilhabe.platform.betrieb;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.AktuellerNutzer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;

/**
 * {@code /health} as Micronaut serves it, with one change: the details (JDBC URL, PostgreSQL version, disk sizes)
 * only for the platform operator, confirmed from the database; everybody else, anonymous callers included, sees
 * only UP or DOWN.
 */
@Endpoint(id = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
class Gesundheit extends HealthEndpoint {

    private final AktuellerNutzer nutzer;

    Gesundheit(HealthAggregator<HealthResult> aggregator, HealthIndicator[] alle,
               @Liveness HealthIndicator[] lebendigkeit, AktuellerNutzer nutzer) {
        super(aggregator, alle, lebendigkeit);
        this.nutzer = nutzer;
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        return betreiber(principal) ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }

    private boolean betreiber(@Nullable Principal principal) {
        if (!(principal instanceof Authentication authentication)) {
            return false;
        }
        try {
            return nutzer.aus(authentication).istBetreiber();
        } catch (FachlicherFehler | IllegalArgumentException e) {
            return false;
        }
    }
}
