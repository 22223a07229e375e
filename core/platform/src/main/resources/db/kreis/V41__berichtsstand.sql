-- Stichtag reports as issued to a committee (festgeschrieben): the document exactly as it was handed out, with
-- every cell typed, so it reopens identically after the data changed. Frozen by the database: the Kreis role may
-- only insert and read.
create table berichtsstand (
    id                 uuid primary key,
    art                text not null,
    programm_id        text not null,
    stichtag           date not null,
    titel              text not null,
    anlass             text not null check (btrim(anlass) <> ''), -- e.g. Sozial- und Gesundheitsausschuss, 20.05.2021
    geschuetzt         boolean not null, -- small counts suppressed as for committee readers
    festgeschrieben_am timestamptz not null default now(),
    festgeschrieben_von text not null,
    inhalt             jsonb not null
);
create index berichtsstand_programm on berichtsstand (programm_id, festgeschrieben_am desc);

grant select, insert on berichtsstand to ${rolle};
