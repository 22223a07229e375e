package de.teilhabe.platform.sicherheit;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Writes what a failed or refused sign-in leaves behind — the counters and the audit entry — in a transaction of its
 * own: the sign-in then throws, and nothing it rolls back may take these along.
 */
@Singleton
class Anmeldevermerk {

    private final Anmeldebremse bremse;
    private final ApplicationEventPublisher<Anmeldeereignis> ereignisse;

    Anmeldevermerk(Anmeldebremse bremse, ApplicationEventPublisher<Anmeldeereignis> ereignisse) {
        this.bremse = bremse;
        this.ereignisse = ereignisse;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void fehlgeschlagen(String kontoSchluessel, String adressSchluessel, Anmeldeereignis ereignis) {
        bremse.fehlschlag(kontoSchluessel, adressSchluessel);
        ereignisse.publishEvent(ereignis);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void gebremst(Anmeldeereignis ereignis) {
        ereignisse.publishEvent(ereignis);
    }
}
