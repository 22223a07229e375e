-- An account name is unique within its Kreis, no longer on the whole platform: a Kreis admin creating an account
-- must not learn that another Kreis has one of that name. The platform operator's accounts (no Kreis) are unique among
-- themselves. Both ignore case; every writer stores names in lower case already, and V1's global unique constraint
-- allowed no pair that these indexes would refuse. Sign-in names the Kreis (sicherheit.Anmeldung).
alter table benutzer drop constraint benutzer_benutzername_key;

create unique index benutzer_name_je_kreis on benutzer (kreis_id, lower(benutzername)) where kreis_id is not null;
create unique index benutzer_name_betrieb on benutzer (lower(benutzername)) where kreis_id is null;
-- sign-in without a Kreis looks for the name on the whole platform
create index benutzer_name on benutzer (lower(benutzername));
