-- KIM: AZR counts per Kommune at the yearly cut-off date (basis of the case-management distribution)
-- and the gaps in the service system (Versorgungslücken) case managers report to the coordinating office.
-- Runs in each tenant schema where the program is enabled; no schema prefix.
CREATE TABLE kim_azr_stichtag (
    stichtag    DATE         NOT NULL,
    kommune     VARCHAR(100) NOT NULL,
    auslaender  INTEGER      NOT NULL CHECK (auslaender >= 0),
    PRIMARY KEY (stichtag, kommune)
);

CREATE TABLE kim_versorgungsluecke (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kommune      VARCHAR(100),
    gemeldet_am  DATE          NOT NULL,
    beschreibung VARCHAR(2000) NOT NULL,
    status       VARCHAR(20)   NOT NULL DEFAULT 'gemeldet'
                 CHECK (status IN ('gemeldet', 'in Bearbeitung', 'erledigt'))
);

COMMENT ON TABLE kim_azr_stichtag IS 'KIM: ausländische Personen je Kommune laut AZR zum Stichtag';
COMMENT ON TABLE kim_versorgungsluecke IS 'KIM: vom Case-Management gemeldete Versorgungslücken';
