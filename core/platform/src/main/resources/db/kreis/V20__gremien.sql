-- Steering structures (Gremien) of a Kreis: bodies with their parent, seats, members over time, meetings with
-- agenda, attendance, minutes, decisions (Beschlüsse) and tasks (Aufträge), and the needs (Anliegen) that run
-- through them. History is kept: memberships are ended (bis), never deleted, so the Kreis role gets no DELETE
-- on them. The checks here are the last line; the service reports the same rules field by field.

create table gremium (
    id                          uuid primary key,
    name                        text not null,
    typ                         text not null,
    ebene                       text,
    programme                   text[] not null default '{}',
    uebergeordnet_id            uuid references gremium (id),
    zweck                       text,
    aufgaben                    text[] not null default '{}',
    rhythmus_abstand_tage       integer,
    rhythmus_sitzungen_pro_jahr integer,
    rhythmus_nach_bedarf        boolean not null default false,
    rhythmus_beschreibung       text,
    konstituiert_am             date not null,
    aufgeloest_am               date,
    vorlage                     text,
    version                     bigint not null default 0,
    constraint gremium_name_nicht_leer check (btrim(name) <> ''),
    constraint gremium_typ check (typ in ('LENKUNGSGRUPPE', 'BUENDNISKERNGRUPPE', 'ARBEITSGRUPPE', 'AUSTAUSCHRUNDE',
                                          'SONSTIGE')),
    constraint gremium_ebene check (ebene is null or ebene in ('STEUERUNG', 'KOORDINATION', 'STRUKTUR', 'FALL',
                                                              'ARBEIT')),
    constraint gremium_nicht_eigenes_oberes check (uebergeordnet_id is null or uebergeordnet_id <> id),
    constraint gremium_lebensdauer check (aufgeloest_am is null or aufgeloest_am >= konstituiert_am),
    constraint gremium_rhythmus check ((rhythmus_abstand_tage is null or rhythmus_abstand_tage between 1 and 366)
        and (rhythmus_sitzungen_pro_jahr is null or rhythmus_sitzungen_pro_jahr between 1 and 366))
);
create unique index gremium_vorlage_eindeutig on gremium (vorlage) where vorlage is not null;
create index gremium_uebergeordnet on gremium (uebergeordnet_id);

-- People who sit in Gremien. Name is shown to every reader of the structure; e-mail and phone only to the
-- KI-Koordination and the Kreis-Admin. benutzername links a person to a platform account ("my tasks").
create table gremium_person (
    id          uuid primary key,
    name        text not null,
    email       text,
    telefon     text,
    benutzername text,
    version     bigint not null default 0,
    constraint gremium_person_name_nicht_leer check (btrim(name) <> '')
);
create unique index gremium_person_benutzername on gremium_person (benutzername) where benutzername is not null;

-- Seats a Gremium should have (from a program template or added by hand), e.g. "Leitung Jobcenter".
create table gremium_sitz (
    id          uuid primary key,
    gremium_id  uuid not null references gremium (id),
    position    integer not null,
    rolle       text not null,
    funktion    text not null,
    nach_thema  boolean not null default false,
    version     bigint not null default 0,
    constraint gremium_sitz_rolle check (rolle in ('VORSITZ', 'GESCHAEFTSFUEHRUNG', 'MITGLIED', 'VERTRETUNG'))
);
create index gremium_sitz_gremium on gremium_sitz (gremium_id, position);

create table mitgliedschaft (
    id               uuid primary key,
    gremium_id       uuid not null references gremium (id),
    person_id        uuid references gremium_person (id),
    sitz_id          uuid references gremium_sitz (id),
    rolle            text not null,
    funktion         text,
    organisation     text not null,
    organisation_art text not null,
    vertritt_id      uuid references mitgliedschaft (id),
    von              date not null,
    bis              date,
    version          bigint not null default 0,
    constraint mitgliedschaft_rolle check (rolle in ('VORSITZ', 'GESCHAEFTSFUEHRUNG', 'MITGLIED', 'VERTRETUNG')),
    constraint mitgliedschaft_organisation_art check (organisation_art in ('KOMMUNE', 'BEHOERDE', 'MASSNAHMETRAEGER',
        'WOHLFAHRTSVERBAND', 'WIRTSCHAFT', 'KREISVERWALTUNG', 'SONSTIGE')),
    constraint mitgliedschaft_zeitraum check (bis is null or bis >= von),
    constraint mitgliedschaft_vertretung check ((rolle = 'VERTRETUNG') = (vertritt_id is not null)),
    constraint mitgliedschaft_nicht_selbst check (vertritt_id is null or vertritt_id <> id)
);
create index mitgliedschaft_gremium on mitgliedschaft (gremium_id);
create index mitgliedschaft_person on mitgliedschaft (person_id);

-- A need raised in a Gremium (e.g. a Versorgungslücke reported by case management in the AG Fallebene).
create table anliegen (
    id                  uuid primary key,
    titel               text not null,
    beschreibung        text,
    art                 text not null,
    herkunft_gremium_id uuid not null references gremium (id),
    gemeldet_von        text not null,
    gemeldet_am         date not null,
    version             bigint not null default 0,
    constraint anliegen_titel_nicht_leer check (btrim(titel) <> ''),
    constraint anliegen_art check (art in ('VERSORGUNGSLUECKE', 'VERFAHRENSPROBLEM', 'BEDARF', 'SONSTIGES'))
);

create table sitzung (
    id          uuid primary key,
    gremium_id  uuid not null references gremium (id),
    datum       date not null,
    beginn      time,
    ort         text,
    titel       text,
    protokoll   text,
    version     bigint not null default 0
);
create index sitzung_gremium on sitzung (gremium_id, datum);

-- Agenda and attendance belong to their meeting and are replaced with it.
create table tagesordnungspunkt (
    id          uuid primary key,
    sitzung_id  uuid not null references sitzung (id) on delete cascade,
    position    integer not null,
    titel       text not null,
    anliegen_id uuid references anliegen (id),
    ergebnis    text,
    constraint tagesordnungspunkt_position unique (sitzung_id, position)
);
create index tagesordnungspunkt_anliegen on tagesordnungspunkt (anliegen_id) where anliegen_id is not null;

create table teilnahme (
    id                uuid primary key,
    sitzung_id        uuid not null references sitzung (id) on delete cascade,
    mitgliedschaft_id uuid not null references mitgliedschaft (id),
    status            text not null,
    constraint teilnahme_status check (status in ('ANWESEND', 'ENTSCHULDIGT', 'UNENTSCHULDIGT')),
    constraint teilnahme_einmal unique (sitzung_id, mitgliedschaft_id)
);

create table beschluss (
    id          uuid primary key,
    gremium_id  uuid not null references gremium (id),
    sitzung_id  uuid not null references sitzung (id),
    nummer      integer not null,
    text        text not null,
    anliegen_id uuid references anliegen (id),
    version     bigint not null default 0,
    constraint beschluss_nummer unique (gremium_id, nummer),
    constraint beschluss_text_nicht_leer check (btrim(text) <> '')
);
create index beschluss_sitzung on beschluss (sitzung_id);
create index beschluss_anliegen on beschluss (anliegen_id) where anliegen_id is not null;

-- A task: always issued in a meeting, often by one of its decisions; assigned to a Gremium or a person.
create table auftrag (
    id                    uuid primary key,
    sitzung_id            uuid not null references sitzung (id),
    beschluss_id          uuid references beschluss (id),
    text                  text not null,
    zustaendig_gremium_id uuid references gremium (id),
    zustaendig_person_id  uuid references gremium_person (id),
    faellig_am            date not null,
    status                text not null,
    version               bigint not null default 0,
    constraint auftrag_text_nicht_leer check (btrim(text) <> ''),
    constraint auftrag_status check (status in ('OFFEN', 'IN_ARBEIT', 'ERLEDIGT')),
    constraint auftrag_ein_zustaendiger check (num_nonnulls(zustaendig_gremium_id, zustaendig_person_id) = 1)
);
create index auftrag_sitzung on auftrag (sitzung_id);
create index auftrag_beschluss on auftrag (beschluss_id) where beschluss_id is not null;
create index auftrag_faellig on auftrag (faellig_am) where status <> 'ERLEDIGT';

grant select, insert, update on gremium, gremium_person, mitgliedschaft, anliegen, sitzung, beschluss, auftrag
    to ${rolle};
grant select, insert, update, delete on gremium_sitz, tagesordnungspunkt, teilnahme to ${rolle};
