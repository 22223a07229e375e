package de.teilhabe.platform.sicherheit;

/** What a user may do. Only the operator works across Kreise; every other role is bound to one Kreis. */
public enum Rolle {
    /** Platform operator: onboards and offboards Kreise, sees no personal data. */
    BETREIBER,
    /** Administrator of one Kreis: Kommunen, users, audit log. */
    KREIS_ADMIN,
    /** Kommunales Integrationszentrum as geschäftsführende Stelle: configures programs and Gremien. */
    KI_KOORDINATION,
    /** Teilhabemanager and Case-Manager: document participants. */
    CASE_MANAGEMENT,
    /** Provider (Maßnahmeträger): sees only its own Maßnahmen and the people assigned to them. */
    MASSNAHMETRAEGER,
    /** Committee member: reports only, no personal data. */
    GREMIUM_LESERECHT
}
