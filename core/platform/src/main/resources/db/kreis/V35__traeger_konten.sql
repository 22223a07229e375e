-- Which provider (Maßnahmeträger) a Maßnahmeträger account of the Kreis works for: its users see only the
-- participants assigned to that provider's Maßnahmen. The account itself lives in the platform schema.

create table traeger_konto (
    benutzername text primary key,
    traeger_id   uuid not null references massnahmetraeger (id) on delete cascade
);

create index traeger_konto_traeger on traeger_konto (traeger_id);
grant select, insert, update, delete on traeger_konto to ${rolle};
