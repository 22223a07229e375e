-- Target-group base (Zielgruppenbasis): the counts of tolerated (Geduldete) and permitted (Gestattete) people
-- per Kommune that the foreigners' offices report to the Kreis, one Stand per program and reference date
-- (Stichtag), with the source of the figures. Aggregate counts, no personal data.

create table zielgruppenbasis (
    id          uuid primary key,
    programm_id text not null,
    stichtag    date not null,
    quelle      text, -- e.g. "Rückmeldungen der Ausländerbehörden, Stand September 2019"
    version     bigint not null default 0,
    constraint zielgruppenbasis_eindeutig unique (programm_id, stichtag)
);

create table zielgruppenbasis_wert (
    id         bigserial primary key,
    stand_id   uuid not null references zielgruppenbasis (id) on delete cascade,
    kommune_id uuid not null references kommune (id),
    geduldete  integer not null check (geduldete >= 0),
    gestattete integer not null check (gestattete >= 0),
    constraint zielgruppenbasis_wert_eindeutig unique (stand_id, kommune_id)
);

grant select, insert, update, delete on zielgruppenbasis, zielgruppenbasis_wert to ${rolle};
grant usage on sequence zielgruppenbasis_wert_id_seq to ${rolle};
