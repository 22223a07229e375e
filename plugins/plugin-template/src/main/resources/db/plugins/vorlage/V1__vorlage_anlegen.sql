-- EXAMPLE migration: runs in every tenant schema where the program is enabled. No schema prefix;
-- prefix table names with a short program abbreviation. Never change a released script – add V2__….
CREATE TABLE vorlage_beispiel (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bezeichnung VARCHAR(200) NOT NULL
);
