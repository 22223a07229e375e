package de.teilhabe.platform.betrieb;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI description's header; the document is generated at build time and served under /swagger/. */
@OpenAPIDefinition(
        info = @Info(title = "Teilhabe API", version = "1",
                description = "Integrationsprogramme der Kreise in NRW: Kreise, Kommunen, Audit. "
                        + "Fehler als RFC 9457 Problem Details."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class TeilhabeApi {

    private TeilhabeApi() {
    }
}
