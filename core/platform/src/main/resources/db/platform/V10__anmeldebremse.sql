-- Sign-in protection shared by every API and UI node (sicherheit.Anmeldebremse): one row per key that failed to sign
-- in recently — an account ('konto:<id>', or 'name:<kreis>:<name>' for a name no account has) or a client network
-- ('adresse:<address or IPv6 /64>'). An account's failures since the last success decide its back-off; a network's
-- failures in the running window its limit. No attempt of the key is checked before gesperrt_bis. vermerkt_bis: the
-- refusal until then is in the audit log already (each period of refusal is logged once, not every refused request).
-- Rows are purged once they are old and unlocked (on the next failure anywhere), so the table stays small.
create table anmeldebremse (
    schluessel         text primary key,
    fehlversuche       integer not null check (fehlversuche > 0),
    erster_fehlschlag  timestamptz not null,
    letzter_fehlschlag timestamptz not null,
    gesperrt_bis       timestamptz,
    vermerkt_bis       timestamptz
);

create index anmeldebremse_letzter_fehlschlag on anmeldebremse (letzter_fehlschlag);
