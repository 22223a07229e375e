-- Case work with a participant (seed 000: "Bedarfs- und Zielvereinbarung, Falldokumentation, Verweisberatung"):
-- goals agreed on a need, case notes (append only), referrals to other services with their outcome.

create table ziel (
    id             uuid primary key,
    teilnehmer_id  uuid not null references teilnehmer (id),
    bedarf         text not null check (btrim(bedarf) <> ''),
    ziel           text not null check (btrim(ziel) <> ''),
    status         text not null,
    vereinbart_am  date not null,
    zieldatum      date,
    erreicht_am    date,
    version        bigint not null default 0
);
create index ziel_teilnehmer on ziel (teilnehmer_id);

create table fallnotiz (
    id             uuid primary key,
    teilnehmer_id  uuid not null references teilnehmer (id),
    am             date not null,
    text           text not null check (btrim(text) <> ''),
    verfasser      text not null,
    erfasst_am     timestamptz not null default now()
);
create index fallnotiz_teilnehmer on fallnotiz (teilnehmer_id);

create table verweisung (
    id             uuid primary key,
    teilnehmer_id  uuid not null references teilnehmer (id),
    stelle         text not null,
    beschreibung   text,
    am             date not null,
    ergebnis       text,
    ergebnis_am    date,
    version        bigint not null default 0
);
create index verweisung_teilnehmer on verweisung (teilnehmer_id);

grant select, insert, update on ziel, verweisung to ${rolle};
grant select, insert on fallnotiz to ${rolle};
