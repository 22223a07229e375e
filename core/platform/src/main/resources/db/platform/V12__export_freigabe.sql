-- The operator's export of a Kreis (a ZIP of every table, personal data in clear text) needs a grant of the Kreis's
-- admin: one download within its validity (24 hours, kreis.Exportfreigaben). A grant is written once and then only
-- closed — used up by the export (eingeloest_*) or withdrawn by a Kreis admin (widerrufen_*), never both; an unused
-- grant past gueltig_bis has expired. The export uses a grant up with one conditional update
-- (… where eingeloest_am is null and widerrufen_am is null and gueltig_bis > now()), so of two concurrent downloads
-- only one gets it. Offboarding the Kreis removes its grants; the audit logs keep what happened.
-- Kreis roles get no privilege here, like on every platform table.

create table export_freigabe (
    id             uuid primary key,
    kreis_id       uuid not null references kreis (id) on delete cascade,
    zweck          text not null,
    erteilt_von    text not null,
    erteilt_am     timestamptz not null default now(),
    gueltig_bis    timestamptz not null,
    widerrufen_von text,
    widerrufen_am  timestamptz,
    eingeloest_von text,
    eingeloest_am  timestamptz,
    bytes          bigint,
    constraint export_freigabe_zweck check (btrim(zweck) <> ''),
    constraint export_freigabe_frist check (gueltig_bis > erteilt_am),
    constraint export_freigabe_widerruf check ((widerrufen_von is null) = (widerrufen_am is null)),
    constraint export_freigabe_einloesung check ((eingeloest_von is null) = (eingeloest_am is null)),
    constraint export_freigabe_einmal check (widerrufen_am is null or eingeloest_am is null),
    constraint export_freigabe_groesse check (bytes is null or eingeloest_am is not null)
);

create index export_freigabe_je_kreis on export_freigabe (kreis_id, erteilt_am desc);
