-- ADR 0003: the audit log keeps of a person's record (object types Teilnehmer and Person) who, when, the action, the
-- object id and the NAMES of the fields read or changed — never their values. Entries written before kept old and
-- new values, search texts, goal texts, reasons: they are rewritten here to the same shape the platform writes now,
-- {"felder": [...names]}, plus, for entries about many people (no object id: a search, a list, an import), their
-- counts ({"treffer": 12}). Anything that is not a JSON object becomes null.
--
-- The log is append-only: V1's row trigger refuses UPDATE even to the owner. This migration runs in Flyway's
-- transaction as the schema's owner; it disables that trigger for its one UPDATE and enables it again before the
-- transaction ends (ALTER TABLE … DISABLE TRIGGER is transactional: a failure rolls back rows and trigger alike).
-- The statement trigger against TRUNCATE stays on throughout; the Kreis role still may only insert and select.

create function audit_nur_feldnamen(aenderung text, viele boolean) returns text
    language plpgsql immutable as $$
declare
    wert   json;
    namen  jsonb;
    zahlen jsonb;
begin
    if aenderung is null then
        return null;
    end if;
    begin
        wert := aenderung::json;
    exception when others then
        return null; -- not JSON: nothing of it can be kept safely
    end;
    if json_typeof(wert) <> 'object' then
        return null;
    end if;
    -- the keys in their order (json keeps it), and the names an old entry listed under "felder"
    select coalesce(jsonb_agg(name order by min_pos), '[]'::jsonb) into namen
      from (select name, min(pos) as min_pos
              from (select k.key as name, k.pos * 1000 as pos
                      from json_each(wert) with ordinality as k(key, value, pos)
                     where k.key <> 'felder' and not (viele and json_typeof(k.value) = 'number')
                    union all
                    select f.name, f.pos
                      from json_array_elements_text(case when json_typeof(wert -> 'felder') = 'array'
                                                         then wert -> 'felder' else '[]'::json end)
                           with ordinality as f(name, pos)) as alle
             -- only what looks like a field name: no free text, no date, no number
             where name ~ '^[A-Za-z][A-Za-z0-9_]*([.-][A-Za-z0-9_]+)*$' and length(name) <= 100
             group by name) as eindeutig;
    select coalesce(jsonb_object_agg(k.key, k.value::jsonb), '{}'::jsonb) into zahlen
      from json_each(wert) as k(key, value)
     where viele and json_typeof(k.value) = 'number' and k.key <> 'felder';
    if namen = '[]'::jsonb and zahlen = '{}'::jsonb then
        return null;
    end if;
    return (case when namen = '[]'::jsonb then '{}'::jsonb else jsonb_build_object('felder', namen) end
            || zahlen)::text;
end $$;

alter table audit_log disable trigger audit_log_unveraenderlich;

update audit_log
   set aenderung = audit_nur_feldnamen(aenderung, objekt_id is null)
 where objekt_typ in ('Teilnehmer', 'Person')
   and aenderung is not null
   and aenderung is distinct from audit_nur_feldnamen(aenderung, objekt_id is null);

alter table audit_log enable trigger audit_log_unveraenderlich;

drop function audit_nur_feldnamen(text, boolean);
