-- Funding of a Kreis's programs: Zuwendungsbescheide (and funds only announced, "Mittelrahmen") with their
-- amounts per Baustein and year, the Kreis's own share (Eigenanteil) with its source, and the forwarding
-- (Weiterleitung) of funds to providers by contract. Money is numeric(14, 2): euros and cents.

create table zuwendungsbescheid (
    id           uuid primary key,
    programm_id  text not null,
    art          text not null check (art in ('BESCHEID', 'MITTELRAHMEN')),
    datum        date,          -- date of the Bescheid; required for BESCHEID
    aktenzeichen text,
    beginn       date not null, -- Bewilligungszeitraum
    ende         date not null,
    betrag       numeric(14, 2) not null check (betrag >= 0),
    bemerkung    text,
    version      bigint not null default 0,
    constraint zuwendungsbescheid_zeitraum check (ende >= beginn),
    constraint zuwendungsbescheid_datum check (art <> 'BESCHEID' or datum is not null)
);
create index zuwendungsbescheid_programm on zuwendungsbescheid (programm_id);

-- the Bausteine a Bescheid covers
create table bescheid_baustein (
    bescheid_id uuid not null references zuwendungsbescheid (id) on delete cascade,
    baustein_id uuid not null references baustein (id),
    position    integer not null,
    primary key (bescheid_id, baustein_id)
);

-- the Bescheid's amounts per Baustein and year; what is not split stays "nicht aufgeteilt"
create table bescheid_posten (
    id          uuid primary key,
    bescheid_id uuid not null references zuwendungsbescheid (id) on delete cascade,
    baustein_id uuid not null references baustein (id),
    jahr        integer not null check (jahr between 2000 and 2100),
    betrag      numeric(14, 2) not null check (betrag >= 0),
    constraint bescheid_posten_eindeutig unique (bescheid_id, baustein_id, jahr)
);
create index bescheid_posten_baustein on bescheid_posten (baustein_id);

create table eigenanteil (
    id          uuid primary key,
    programm_id text not null,
    baustein_id uuid references baustein (id), -- null: for the program as a whole, not split over Bausteine
    jahr        integer not null check (jahr between 2000 and 2100),
    betrag      numeric(14, 2) not null check (betrag >= 0),
    quelle      text not null check (btrim(quelle) <> ''), -- e.g. "Integrationspauschale (§ 14c TIntG)"
    bemerkung   text,
    version     bigint not null default 0
);
create unique index eigenanteil_eindeutig on eigenanteil (programm_id, coalesce(baustein_id::text, ''), jahr,
    lower(quelle));

create table weiterleitung (
    id          uuid primary key,
    baustein_id uuid not null references baustein (id),
    traeger_id  uuid not null references massnahmetraeger (id),
    betrag      numeric(14, 2) not null check (betrag >= 0),
    beginn      date not null,
    ende        date not null,
    vertrag     text not null check (btrim(vertrag) <> ''), -- contract / Weiterleitungsvertrag reference
    bemerkung   text,
    version     bigint not null default 0,
    constraint weiterleitung_zeitraum check (ende >= beginn)
);
create index weiterleitung_baustein on weiterleitung (baustein_id);
create index weiterleitung_traeger on weiterleitung (traeger_id);

grant select, insert, update, delete on zuwendungsbescheid, bescheid_baustein, bescheid_posten, eigenanteil,
    weiterleitung to ${rolle};
