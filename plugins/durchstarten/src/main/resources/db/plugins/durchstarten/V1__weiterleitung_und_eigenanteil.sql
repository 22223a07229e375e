-- Durchstarten: forwarding of funds to providers (Weiterleitung) and the Kreis's own share per year.
-- Runs in each tenant schema where the program is enabled; no schema prefix.
CREATE TABLE ds_weiterleitung (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    baustein        SMALLINT      NOT NULL CHECK (baustein BETWEEN 1 AND 4),
    traeger         VARCHAR(200)  NOT NULL,
    art             VARCHAR(20)   NOT NULL CHECK (art IN ('Vertrag', 'Bescheid')),
    datum           DATE          NOT NULL,
    betrag_eur      NUMERIC(12,2) NOT NULL CHECK (betrag_eur >= 0)
);

CREATE TABLE ds_eigenanteil (
    jahr            SMALLINT      PRIMARY KEY CHECK (jahr BETWEEN 2019 AND 2100),
    betrag_eur      NUMERIC(12,2) NOT NULL CHECK (betrag_eur >= 0),
    quelle          VARCHAR(200)  NOT NULL
);

COMMENT ON TABLE ds_weiterleitung IS 'Durchstarten: Weiterleitung von Zuwendungen an Maßnahmeträger (FB 1-4)';
COMMENT ON TABLE ds_eigenanteil IS 'Durchstarten: Eigenanteil des Kreises je Jahr, z. B. aus der Integrationspauschale';
