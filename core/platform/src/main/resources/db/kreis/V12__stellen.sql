-- Posts (Stellen): the inputs of a program's staffing formula at a reference date (Stichtag), per Kommune
-- where the formula asks for it, and the posts actually filled with their responsible Kommunen.

create table stellen_berechnung (
    id            uuid primary key,
    programm_id   text not null,
    schluessel_id text not null, -- id of the plugin's Stellenschluessel, e.g. gemeinsam-klappts.thm-stellen
    stichtag      date not null,
    bemerkung     text,
    version       bigint not null default 0,
    constraint stellen_berechnung_eindeutig unique (programm_id, schluessel_id, stichtag)
);

create table stellen_wert (
    id            bigserial primary key,
    berechnung_id uuid not null references stellen_berechnung (id) on delete cascade,
    eingabe       text not null,             -- key of the formula's input, e.g. geduldete-18-27
    kommune_id    uuid references kommune (id), -- null for an input of the whole Kreis
    wert          numeric(14, 2) not null check (wert >= 0),
    constraint stellen_wert_eindeutig unique nulls not distinct (berechnung_id, eingabe, kommune_id)
);

create table stelle (
    id            uuid primary key,
    programm_id   text not null,
    schluessel_id text, -- the formula whose entitlement this post fills; null: a post outside any formula
    bezeichnung   text not null check (btrim(bezeichnung) <> ''),
    inhaber       text,
    vzae          numeric(4, 3) not null check (vzae > 0 and vzae <= 1), -- Vollzeitäquivalent
    beginn        date not null,
    ende          date,
    bemerkung     text,
    version       bigint not null default 0,
    constraint stelle_zeitraum check (ende is null or ende >= beginn)
);
create index stelle_programm on stelle (programm_id);

create table stelle_kommune (
    stelle_id  uuid not null references stelle (id) on delete cascade,
    kommune_id uuid not null references kommune (id),
    position   integer not null,
    primary key (stelle_id, kommune_id)
);

grant select, insert, update, delete on stellen_berechnung, stellen_wert, stelle, stelle_kommune to ${rolle};
grant usage on sequence stellen_wert_id_seq to ${rolle};
