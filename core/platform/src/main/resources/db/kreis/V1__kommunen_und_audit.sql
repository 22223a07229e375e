-- One schema per Kreis. ${rolle} is the Kreis's own database role: every request of this Kreis
-- runs as that role, which has privileges on this schema only.

create table kommune (
    id                        uuid primary key,
    name                      text not null,
    eigene_auslaenderbehoerde boolean not null default false,
    eigenes_jugendamt         boolean not null default false,
    integrationsrat           boolean not null default false,
    abh_kommune_id            uuid references kommune (id),
    version                   bigint not null default 0,
    constraint kommune_name_nicht_leer check (btrim(name) <> ''),
    constraint kommune_abh_nicht_selbst check (abh_kommune_id is null or abh_kommune_id <> id)
);
create unique index kommune_name_eindeutig on kommune (lower(name));

create table audit_log (
    id         bigserial primary key,
    zeitpunkt  timestamptz not null default now(),
    benutzer   text not null,
    aktion     text not null,
    objekt_typ text not null,
    objekt_id  text,
    aenderung  text
);

create function audit_unveraenderlich() returns trigger language plpgsql as $$
begin
    raise exception 'Das Audit-Protokoll ist unveränderlich (% nicht erlaubt)', tg_op;
end $$;

create trigger audit_log_unveraenderlich
    before update or delete on audit_log
    for each row execute function audit_unveraenderlich();
create trigger audit_log_nicht_leeren
    before truncate on audit_log
    for each statement execute function audit_unveraenderlich();

grant select, insert, update, delete on kommune to ${rolle};
grant select, insert on audit_log to ${rolle};
grant usage on sequence audit_log_id_seq to ${rolle};
