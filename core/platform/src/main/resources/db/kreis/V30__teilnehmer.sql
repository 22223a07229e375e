-- Case management of a Kreis: participants (Teilnehmende) with their residence history, the programs they were
-- taken into with the program's target-group verdict (and a documented exception where needed), consents,
-- assignments to Maßnahmen with their outcome, de-registration. History is kept: residence entries are only
-- appended, consents are withdrawn (widerrufen_am), assignments are ended (bis), so the Kreis role gets no
-- DELETE. The checks here are the last line; the service reports the same rules field by field.

create table teilnehmer (
    id                    uuid primary key,
    vorname               text not null,
    nachname              text not null,
    geburtsdatum          date not null,
    kommune_id            uuid not null references kommune (id),
    sprachniveau          text, -- A1 … C2 or free text
    beschaeftigungsverbot boolean not null default false,
    fallverantwortung     text, -- benutzername of the responsible case manager
    aufgenommen_am        date, -- first intake
    abgemeldet_am         date,
    abmeldegrund          text,
    version               bigint not null default 0,
    angelegt_am           timestamptz not null default now(),
    constraint teilnehmer_namen_nicht_leer check (btrim(vorname) <> '' and btrim(nachname) <> ''),
    constraint teilnehmer_aufnahme_nach_geburt check (aufgenommen_am is null or aufgenommen_am >= geburtsdatum),
    constraint teilnehmer_abmeldung check (abgemeldet_am is null
        or (aufgenommen_am is not null and abgemeldet_am >= aufgenommen_am and btrim(abmeldegrund) <> ''))
);
-- Name search is a case-insensitive prefix search (LIKE 'abc%'): btree with pattern ops, no pg_trgm needed.
create index teilnehmer_name on teilnehmer (lower(nachname) text_pattern_ops, lower(vorname) text_pattern_ops);
create index teilnehmer_vorname on teilnehmer (lower(vorname) text_pattern_ops);
create index teilnehmer_sortierung on teilnehmer (lower(nachname), lower(vorname));
create index teilnehmer_kommune on teilnehmer (kommune_id);
create index teilnehmer_fallverantwortung on teilnehmer (fallverantwortung);
create unique index teilnehmer_eindeutig on teilnehmer (lower(vorname), lower(nachname), geburtsdatum, kommune_id);

-- Residence status history; the current status is the newest entry with ab <= today.
create table aufenthalt (
    id            uuid primary key,
    teilnehmer_id uuid not null references teilnehmer (id),
    status        text not null check (status in ('GESTATTUNG', 'DULDUNG', 'AUFENTHALTSTITEL', 'EU_FREIZUEGIGKEIT',
                                                  'DEUTSCH', 'SONSTIGER')),
    ab            date not null,
    notiz         text,
    erfasst_am    timestamptz not null default now()
);
create index aufenthalt_teilnehmer on aufenthalt (teilnehmer_id, ab desc, erfasst_am desc);

create table programmteilnahme (
    id                     uuid primary key,
    teilnehmer_id          uuid not null references teilnehmer (id),
    programm               text not null,
    aufgenommen_am         date not null,
    einstufung             text not null check (einstufung in ('PRIMAER', 'SEKUNDAER', 'NICHT_ZIELGRUPPE',
                                                               'NICHT_ENTSCHEIDBAR')),
    begruendungen          text[] not null default '{}',
    ausnahme_grund         text,
    ausnahme_genehmigt_von text,
    freigabe               text check (freigabe in ('ANGEFRAGT', 'BESTAETIGT', 'ABGELEHNT')),
    freigabe_am            date,
    version                bigint not null default 0,
    constraint programmteilnahme_einmal unique (teilnehmer_id, programm),
    constraint programmteilnahme_ausnahme check (einstufung in ('PRIMAER', 'SEKUNDAER')
        or (btrim(ausnahme_grund) <> '' and btrim(ausnahme_genehmigt_von) <> ''))
);
create index programmteilnahme_programm on programmteilnahme (programm, teilnehmer_id);

create table einwilligung (
    id            uuid primary key,
    teilnehmer_id uuid not null references teilnehmer (id),
    zweck         text not null check (zweck in ('GIB_DATENBANK', 'KLIENTENDATEI', 'AUSTAUSCH_ABH', 'AUSTAUSCH_KOMMUNE',
                                                 'AUSTAUSCH_TRAEGER')),
    erteilt_am    date not null,
    widerrufen_am date,
    version       bigint not null default 0,
    constraint einwilligung_widerruf check (widerrufen_am is null or widerrufen_am >= erteilt_am)
);
create index einwilligung_teilnehmer on einwilligung (teilnehmer_id, zweck);

create table zuweisung (
    id            uuid primary key,
    teilnehmer_id uuid not null references teilnehmer (id),
    massnahme_id  uuid not null references massnahme (id),
    ab            date not null,
    ergebnis      text not null check (ergebnis in ('LAUFEND', 'ABGESCHLOSSEN', 'ABBRUCH')),
    bis           date,
    abbruchgrund  text,
    version       bigint not null default 0,
    constraint zuweisung_ende check ((ergebnis = 'LAUFEND') = (bis is null) and (bis is null or bis >= ab)),
    constraint zuweisung_abbruch check (ergebnis <> 'ABBRUCH' or btrim(abbruchgrund) <> '')
);
create index zuweisung_teilnehmer on zuweisung (teilnehmer_id, ab);
create index zuweisung_massnahme on zuweisung (massnahme_id);

grant select, insert, update on teilnehmer, programmteilnahme, einwilligung, zuweisung to ${rolle};
grant select, insert on aufenthalt to ${rolle};
