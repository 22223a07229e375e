-- The residence status in force on the intake day, kept on each program participation for the Stichtag report (a)
-- (issue 7: 100,000 participants in a Kreis must report in well under a second): the newest residence entry dated
-- on or before the intake day (by its date, then by when it was entered). Triggers keep it in step when the
-- intake day changes and when residence entries are added or removed — also entries dated back before an intake.

alter table programmteilnahme add column status_bei_aufnahme text;

create function status_am(person uuid, tag date) returns text language sql stable as $$
    select a.status from aufenthalt a where a.teilnehmer_id = person and a.ab <= tag
     order by a.ab desc, a.erfasst_am desc limit 1
$$;

update programmteilnahme set status_bei_aufnahme = status_am(teilnehmer_id, aufgenommen_am);

create function teilnahme_status_setzen() returns trigger language plpgsql as $$
begin
    new.status_bei_aufnahme := status_am(new.teilnehmer_id, new.aufgenommen_am);
    return new;
end;
$$;

create trigger programmteilnahme_status_setzen before insert or update of teilnehmer_id, aufgenommen_am
    on programmteilnahme for each row execute function teilnahme_status_setzen();

create function teilnahme_status_nachfuehren() returns trigger language plpgsql as $$
begin
    update programmteilnahme p set status_bei_aufnahme = status_am(p.teilnehmer_id, p.aufgenommen_am)
     where p.teilnehmer_id in (select teilnehmer_id from geaendert);
    return null;
end;
$$;

create trigger aufenthalt_neu_teilnahme_status after insert on aufenthalt referencing new table as geaendert
    for each statement execute function teilnahme_status_nachfuehren();
create trigger aufenthalt_weg_teilnahme_status after delete on aufenthalt referencing old table as geaendert
    for each statement execute function teilnahme_status_nachfuehren();

create index programmteilnahme_bericht on programmteilnahme (programm, aufgenommen_am)
    include (teilnehmer_id, status_bei_aufnahme);
