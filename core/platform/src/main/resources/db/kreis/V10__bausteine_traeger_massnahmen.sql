-- Program configuration of a Kreis: the Förderbausteine it uses, the providers (Maßnahmeträger) and
-- their offers (Maßnahmen) with a status history.

create table baustein (
    id                   uuid primary key,
    programm_id          text not null,
    nummer               integer not null check (nummer > 0),
    name                 text not null,
    kommune_id           uuid references kommune (id), -- null: the Kreis holds the Baustein
    beginn               date not null,
    ende                 date not null,
    budget               numeric(14, 2) not null check (budget >= 0),
    landesanteil_prozent numeric(5, 2) not null check (landesanteil_prozent between 0 and 100),
    notizen              text,
    version              bigint not null default 0,
    constraint baustein_zeitraum check (ende >= beginn),
    constraint baustein_eindeutig unique nulls not distinct (programm_id, nummer, kommune_id)
);

create table massnahmetraeger (
    id         uuid primary key,
    name       text not null check (btrim(name) <> ''),
    kurzname   text,
    rechtsform text,
    notizen    text,
    version    bigint not null default 0
);
create unique index massnahmetraeger_name on massnahmetraeger (lower(name));

create table traeger_kontakt (
    id        uuid primary key,
    traeger_id uuid not null references massnahmetraeger (id) on delete cascade,
    name      text not null,
    funktion  text,
    telefon   text,
    email     text
);

create table traeger_kommune (
    traeger_id uuid not null references massnahmetraeger (id) on delete cascade,
    kommune_id uuid not null references kommune (id),
    primary key (traeger_id, kommune_id)
);

create table massnahme (
    id              uuid primary key,
    laufnummer      bigint generated always as identity, -- entry order, the order of the council tables
    baustein_id     uuid not null references baustein (id),
    traeger_id      uuid not null references massnahmetraeger (id),
    titel           text,
    geplanter_start date,
    start_hinweis   text, -- e.g. "Voraussichtlich Mitte Juni 2021"
    kapazitaet      integer check (kapazitaet >= 0),
    status          text not null check (status in ('GEPLANT', 'LAUFEND', 'UNTERBROCHEN', 'ABGESAGT', 'BEENDET')),
    bemerkung       text,
    version         bigint not null default 0
);
create index massnahme_baustein on massnahme (baustein_id);
create index massnahme_traeger on massnahme (traeger_id);

create table massnahme_kommune (
    massnahme_id uuid not null references massnahme (id) on delete cascade,
    kommune_id   uuid not null references kommune (id),
    position     integer not null, -- "Neuss/Kaarst": the order as entered
    primary key (massnahme_id, kommune_id)
);

create table massnahme_status (
    id           bigserial primary key,
    massnahme_id uuid not null references massnahme (id) on delete cascade,
    status       text not null,
    ab           date not null,
    grund        text,
    erfasst_am   timestamptz not null default now(),
    erfasst_von  text not null
);
create index massnahme_status_massnahme on massnahme_status (massnahme_id, ab, id);

grant select, insert, update, delete on baustein, massnahmetraeger, traeger_kontakt, traeger_kommune, massnahme,
    massnahme_kommune to ${rolle};
grant select, insert on massnahme_status to ${rolle};
grant usage on sequence massnahme_status_id_seq to ${rolle};
