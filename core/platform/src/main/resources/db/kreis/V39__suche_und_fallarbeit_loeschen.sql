-- The current residence status, kept on the participant for the search: the newest residence entry (by its
-- date, then by when it was entered). Residence entries are never dated in the future, so "newest" is "current".
-- A trigger keeps the column in step with every new entry; the search filters on it with an index instead of
-- looking up the history of every candidate row.

alter table teilnehmer add column aufenthaltsstatus text;

update teilnehmer t set aufenthaltsstatus = (select a.status from aufenthalt a where a.teilnehmer_id = t.id
                                              order by a.ab desc, a.erfasst_am desc limit 1);

create function teilnehmer_status_nachfuehren() returns trigger language plpgsql as $$
begin
    update teilnehmer set aufenthaltsstatus = (select a.status from aufenthalt a where a.teilnehmer_id = new.teilnehmer_id
                                                order by a.ab desc, a.erfasst_am desc limit 1)
     where id = new.teilnehmer_id;
    return null;
end;
$$;

create trigger aufenthalt_status_nachfuehren after insert on aufenthalt
    for each row execute function teilnehmer_status_nachfuehren();

create index teilnehmer_status on teilnehmer (aufenthaltsstatus, kommune_id);

-- Erasure on request removes the case work too; anonymisation clears its free texts and deletes the notes.
grant delete on ziel, fallnotiz, verweisung to ${rolle};
