-- Which program plugins this Kreis has enabled. Disabling only sets aktiv = false: the program's own
-- tables and data stay. The Kreis role may read and write its own rows but never delete them.

create table programm_aktivierung (
    programm_id     text primary key,
    aktiv           boolean not null,
    aktiviert_am    timestamptz not null,
    aktiviert_von   text not null,
    deaktiviert_am  timestamptz,
    deaktiviert_von text,
    plugin_version  text not null,
    version         bigint not null default 0,
    constraint programm_aktivierung_id check (programm_id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    constraint programm_aktivierung_deaktiviert check (aktiv or deaktiviert_am is not null)
);

comment on column programm_aktivierung.plugin_version is
    'Version des Plugins, dessen Migrationen zuletzt in diesem Schema ausgeführt wurden';

grant select, insert, update on programm_aktivierung to ${rolle};
