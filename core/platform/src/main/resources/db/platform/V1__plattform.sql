-- Platform schema: the tenant registry, platform users and the operator's audit log.
-- Tenant roles get no privilege here: a Kreis request can never read users or other Kreise.

create table kreis (
    id          uuid primary key,
    slug        text not null unique,
    name        text not null,
    schema_name text not null unique,
    rolle       text not null unique,
    angelegt_am timestamptz not null default now()
);

create table benutzer (
    id            uuid primary key,
    benutzername  text not null unique,
    anzeigename   text not null,
    passwort_hash text not null,
    kreis_id      uuid references kreis (id) on delete cascade,
    rollen        text[] not null,
    aktiv         boolean not null default true,
    angelegt_am   timestamptz not null default now(),
    version       bigint not null default 0,
    constraint benutzer_rollen_nicht_leer check (cardinality(rollen) > 0)
);

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
