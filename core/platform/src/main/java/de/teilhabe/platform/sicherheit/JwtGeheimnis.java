package de.teilhabe.platform.sicherheit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC secret that signs the API tokens ({@code TEILHABE_JWT_SECRET}, the same on every API node). Checked at
 * start: without one of at least {@value #MINDESTLAENGE} characters the server refuses to start, unless it runs in
 * demo mode ({@code teilhabe.demo}), where a random secret lives as long as the process.
 */
@Context
class JwtGeheimnis implements BeanCreatedEventListener<SecretSignatureConfiguration> {

    static final String EIGENSCHAFT = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    static final int MINDESTLAENGE = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtGeheimnis.class);

    private final String geheimnis;

    JwtGeheimnis(@Nullable @Value("${" + EIGENSCHAFT + ":}") String konfiguriert,
                 @Value("${teilhabe.demo:false}") boolean demo) {
        this.geheimnis = waehlen(konfiguriert, demo);
    }

    /** The configured secret; in demo mode a random one if none is configured; otherwise the start ends here. */
    static String waehlen(@Nullable String konfiguriert, boolean demo) {
        if (konfiguriert != null && konfiguriert.length() >= MINDESTLAENGE) {
            return konfiguriert;
        }
        String mangel = konfiguriert == null || konfiguriert.isBlank()
                ? "Kein JWT-Geheimnis konfiguriert"
                : "Das JWT-Geheimnis ist kürzer als " + MINDESTLAENGE + " Zeichen";
        if (!demo) {
            String meldung = mangel + ": Start verweigert. TEILHABE_JWT_SECRET (mindestens " + MINDESTLAENGE
                    + " Zeichen, auf allen API-Knoten gleich) setzen oder im Demo-Modus starten (TEILHABE_DEMO=true).";
            LOG.error(meldung);
            throw new ConfigurationException(meldung);
        }
        LOG.warn("{}: Demo-Modus, ein zufälliges Geheimnis gilt bis zum Ende dieses Prozesses "
                + "(API-Tokens enden mit dem Server).", mangel);
        byte[] zufall = new byte[32];
        new SecureRandom().nextBytes(zufall);
        return Base64.getEncoder().encodeToString(zufall);
    }

    @Override
    public SecretSignatureConfiguration onCreated(BeanCreatedEvent<SecretSignatureConfiguration> event) {
        SecretSignatureConfiguration konfiguration = event.getBean();
        if ("generator".equals(konfiguration.getName())) {
            konfiguration.setSecret(geheimnis);
        }
        return konfiguration;
    }
}
