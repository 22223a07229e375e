-- Regional responsibility of the funded Teilhabemanager posts (e.g. RKN: THM 1 = Neuss + Dormagen).
-- Runs in each tenant schema where the program is enabled; no schema prefix.
CREATE TABLE gk_thm_zustaendigkeit (
    stelle_nr   INTEGER      NOT NULL CHECK (stelle_nr > 0),
    kommune     VARCHAR(100) NOT NULL,
    gueltig_ab  DATE         NOT NULL,
    gueltig_bis DATE,
    PRIMARY KEY (stelle_nr, kommune, gueltig_ab),
    CHECK (gueltig_bis IS NULL OR gueltig_bis >= gueltig_ab)
);

COMMENT ON TABLE gk_thm_zustaendigkeit IS 'Gemeinsam klappt''s: Zuständigkeit der Teilhabemanager-Stellen für Kommunen';
