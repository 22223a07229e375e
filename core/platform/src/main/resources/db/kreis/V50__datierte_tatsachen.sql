-- Dated facts (ADR 0002): every fact a report counts holds from a date (ab, given by the user, may lie in the
-- past), has the time it was recorded (erfasst_am, erfasst_von) and is never overwritten — a correction marks the
-- row ersetzt_am and inserts the corrected one. States (Kommune, residence status, ABH clearance, Maßnahme status)
-- hold until the next state of their subject: their bis is derived by a trigger. Periods (program participations,
-- assignments, work ban and exclusion facts) have the bis the user gives. Current knowledge: ersetzt_am is null.

-- Derived end of a state: the next current entry's ab per subject (tg_argv[0]: the subject's key columns).
create function zeitleiste_bis_setzen() returns trigger language plpgsql as $$
begin
    if pg_trigger_depth() > 1 then
        return null; -- the update below fires this trigger again
    end if;
    execute format($f$
        update %1$I.%2$I z set bis = n.naechster
          from (select id, lead(ab) over (partition by %3$s order by ab, erfasst_am, id) as naechster
                  from %1$I.%2$I
                 where ersetzt_am is null and (%3$s) in (select %3$s from geaendert)) n
         where z.id = n.id and z.bis is distinct from n.naechster$f$, tg_table_schema, tg_table_name, tg_argv[0]);
    return null;
end $$;

-- A superseded row stays as it was known; the end of a period (tg_argv[0], if given) is set once, from empty.
create function tatsache_unveraenderlich() returns trigger language plpgsql as $$
begin
    if old.ersetzt_am is not null and (new.ersetzt_am is distinct from old.ersetzt_am
                                       or new.ersetzt_durch is distinct from old.ersetzt_durch) then
        raise exception 'Ein ersetzter Eintrag bleibt, wie er war (%)', tg_table_name using errcode = '23514';
    end if;
    if tg_nargs > 0 and (to_jsonb(old) ->> tg_argv[0]) is not null
            and (to_jsonb(old) ->> tg_argv[0]) is distinct from (to_jsonb(new) ->> tg_argv[0]) then
        raise exception 'Ein Ende wird nicht überschrieben, sondern korrigiert (%)', tg_table_name using errcode = '23514';
    end if;
    return new;
end $$;

-- ---------------------------------------------------------------- residence Kommune (state per person)
create table wohnort (
    id            uuid primary key,
    teilnehmer_id uuid not null references teilnehmer (id),
    kommune_id    uuid not null references kommune (id),
    ab            date not null,
    bis           date,
    erfasst_am    timestamptz not null default clock_timestamp(),
    erfasst_von   text not null,
    ersetzt_am    timestamptz,
    ersetzt_durch uuid
);
create index wohnort_teilnehmer on wohnort (teilnehmer_id, ab) where ersetzt_am is null;
create index wohnort_stand on wohnort (ab) include (teilnehmer_id, kommune_id, bis) where ersetzt_am is null;

-- since when: the earliest date known of the person (residence entry, intake), not before birth
insert into wohnort (id, teilnehmer_id, kommune_id, ab, erfasst_am, erfasst_von)
select gen_random_uuid(), t.id, t.kommune_id,
       greatest(least((select min(a.ab) from aufenthalt a where a.teilnehmer_id = t.id),
                      (select min(p.aufgenommen_am) from programmteilnahme p where p.teilnehmer_id = t.id),
                      t.angelegt_am::date), t.geburtsdatum),
       t.angelegt_am, 'migration'
  from teilnehmer t;

-- teilnehmer.kommune_id: the Kommune in force today, for the search and the duplicate rule
create function teilnehmer_kommune_nachfuehren() returns trigger language plpgsql as $$
begin
    update teilnehmer t set kommune_id = w.kommune_id
      from (select distinct on (teilnehmer_id) teilnehmer_id, kommune_id from wohnort
             where ersetzt_am is null and ab <= current_date and teilnehmer_id in (select teilnehmer_id from geaendert)
             order by teilnehmer_id, ab desc, erfasst_am desc, id desc) w
     where t.id = w.teilnehmer_id and t.kommune_id is distinct from w.kommune_id;
    return null;
end $$;

create trigger wohnort_bis_neu after insert on wohnort referencing new table as geaendert
    for each statement execute function zeitleiste_bis_setzen('teilnehmer_id');
create trigger wohnort_bis_korrektur after update on wohnort referencing new table as geaendert
    for each statement execute function zeitleiste_bis_setzen('teilnehmer_id');
create trigger wohnort_kommune_neu after insert on wohnort referencing new table as geaendert
    for each statement execute function teilnehmer_kommune_nachfuehren();
create trigger wohnort_kommune_korrektur after update on wohnort referencing new table as geaendert
    for each statement execute function teilnehmer_kommune_nachfuehren();
create trigger wohnort_unveraenderlich before update on wohnort
    for each row execute function tatsache_unveraenderlich();

-- ---------------------------------------------------------------- residence status (state per person)
alter table aufenthalt
    add column bis           date,
    add column erfasst_von   text not null default 'migration',
    add column ersetzt_am    timestamptz,
    add column ersetzt_durch uuid;
alter table aufenthalt alter column erfasst_von drop default;
alter table aufenthalt alter column erfasst_am set default clock_timestamp();

update aufenthalt z set bis = n.naechster
  from (select id, lead(ab) over (partition by teilnehmer_id order by ab, erfasst_am, id) as naechster
          from aufenthalt) n
 where z.id = n.id and n.naechster is not null;

-- only current entries count: the status on a day, the status on the intake day (V42) and today's status (V39)
create or replace function status_am(person uuid, tag date) returns text language sql stable as $$
    select a.status from aufenthalt a where a.teilnehmer_id = person and a.ab <= tag and a.ersetzt_am is null
     order by a.ab desc, a.erfasst_am desc, a.id desc limit 1
$$;

drop trigger aufenthalt_status_nachfuehren on aufenthalt;
drop function teilnehmer_status_nachfuehren();
create function teilnehmer_status_nachfuehren() returns trigger language plpgsql as $$
begin
    update teilnehmer t set aufenthaltsstatus = status_am(t.id, current_date)
     where t.id in (select teilnehmer_id from geaendert)
       and t.aufenthaltsstatus is distinct from status_am(t.id, current_date);
    return null;
end $$;

-- the status on the intake day (V42), rewritten only where it changes: no dead rows for unchanged participations
create or replace function teilnahme_status_nachfuehren() returns trigger language plpgsql as $$
begin
    update programmteilnahme p set status_bei_aufnahme = status_am(p.teilnehmer_id, p.aufgenommen_am)
     where p.teilnehmer_id in (select teilnehmer_id from geaendert)
       and p.status_bei_aufnahme is distinct from status_am(p.teilnehmer_id, p.aufgenommen_am);
    return null;
end $$;

create trigger aufenthalt_bis_neu after insert on aufenthalt referencing new table as geaendert
    for each statement execute function zeitleiste_bis_setzen('teilnehmer_id');
create trigger aufenthalt_bis_korrektur after update on aufenthalt referencing new table as geaendert
    for each statement execute function zeitleiste_bis_setzen('teilnehmer_id');
create trigger aufenthalt_status_neu after insert on aufenthalt referencing new table as geaendert
    for each statement execute function teilnehmer_status_nachfuehren();
create trigger aufenthalt_status_korrektur after update on aufenthalt referencing new table as geaendert
    for each statement execute function teilnehmer_status_nachfuehren();
create trigger aufenthalt_korrektur_teilnahme_status after update on aufenthalt referencing new table as geaendert
    for each statement execute function teilnahme_status_nachfuehren();
create trigger aufenthalt_unveraenderlich before update on aufenthalt
    for each row execute function tatsache_unveraenderlich();
create index aufenthalt_aktuell on aufenthalt (teilnehmer_id, ab) where ersetzt_am is null;

-- ---------------------------------------------------------------- program participations (periods)
alter table programmteilnahme
    add column abgemeldet_am     date,
    add column abmeldegrund      text,
    add column abmeldeart        text check (abmeldeart in ('MANGELNDE_MITWIRKUNG', 'NICHT_ERREICHBAR',
                                   'AUSBILDUNG_ODER_ARBEIT', 'WEGZUG', 'ZIEL_ERREICHT', 'FREIGABE_VERWEIGERT',
                                   'SONSTIGES')),
    add column fallverantwortung text,
    add column klaerung_bis      date,
    add column erfasst_am        timestamptz not null default clock_timestamp(),
    add column erfasst_von       text not null default 'migration',
    add column ersetzt_am        timestamptz,
    add column ersetzt_durch     uuid,
    -- derived: the person's first current participation in the program (report (a) counts its status)
    add column erste             boolean not null default true;
alter table programmteilnahme alter column erfasst_von drop default;

-- the person's de-registration ends each of the person's participations; the case manager is the person's
update programmteilnahme p
   set abgemeldet_am = case when t.abgemeldet_am is not null then greatest(t.abgemeldet_am, p.aufgenommen_am) end,
       abmeldegrund = case when t.abgemeldet_am is not null then t.abmeldegrund end,
       abmeldeart = case when t.abgemeldet_am is not null then 'SONSTIGES' end,
       fallverantwortung = t.fallverantwortung,
       erfasst_am = t.angelegt_am
  from teilnehmer t
 where t.id = p.teilnehmer_id;

alter table programmteilnahme
    drop constraint programmteilnahme_einmal,
    drop constraint programmteilnahme_ausnahme,
    add constraint programmteilnahme_abmeldung check (
        (abgemeldet_am is null and abmeldegrund is null and abmeldeart is null)
        or (abgemeldet_am >= aufgenommen_am and btrim(abmeldegrund) <> '' and abmeldeart is not null)),
    -- in the target group, or a documented exception, or the clarification is still open (Wiedervorlage)
    add constraint programmteilnahme_entschieden check (einstufung in ('PRIMAER', 'SEKUNDAER')
        or (btrim(ausnahme_grund) <> '' and btrim(ausnahme_genehmigt_von) <> '') or klaerung_bis is not null),
    add constraint programmteilnahme_ohne_ueberschneidung exclude using gist
        (teilnehmer_id with =, programm with =, daterange(aufgenommen_am, abgemeldet_am) with &&)
        where (ersetzt_am is null);

-- ABH clearance (state per person and program) — moved out of the participation, with its history
create table freigabe (
    id            uuid primary key,
    teilnehmer_id uuid not null references teilnehmer (id),
    programm      text not null,
    status        text not null check (status in ('ANGEFRAGT', 'BESTAETIGT', 'ABGELEHNT')),
    ab            date not null,
    bis           date,
    erfasst_am    timestamptz not null default clock_timestamp(),
    erfasst_von   text not null,
    ersetzt_am    timestamptz,
    ersetzt_durch uuid
);
create index freigabe_teilnehmer on freigabe (teilnehmer_id, programm, ab) where ersetzt_am is null;

insert into freigabe (id, teilnehmer_id, programm, status, ab, erfasst_am, erfasst_von)
select gen_random_uuid(), p.teilnehmer_id, p.programm, p.freigabe, coalesce(p.freigabe_am, p.aufgenommen_am),
       p.erfasst_am, 'migration'
  from programmteilnahme p
 where p.freigabe is not null;
alter table programmteilnahme drop column freigabe, drop column freigabe_am;

create trigger freigabe_bis_neu after insert on freigabe referencing new table as geaendert
    for each statement execute function zeitleiste_bis_setzen('teilnehmer_id, programm');
create trigger freigabe_bis_korrektur after update on freigabe referencing new table as geaendert
    for each statement execute function zeitleiste_bis_setzen('teilnehmer_id, programm');
create trigger freigabe_unveraenderlich before update on freigabe
    for each row execute function tatsache_unveraenderlich();

-- The programs whose current participation runs on a day: an assignment counts for them (report (b)).
create function teilnahmeprogramme(person uuid, tag date) returns text[] language sql stable as $$
    select coalesce(array_agg(distinct p.programm order by p.programm), '{}') from programmteilnahme p
     where p.teilnehmer_id = person and p.ersetzt_am is null and p.aufgenommen_am <= tag
       and (p.abgemeldet_am is null or p.abgemeldet_am > tag)
$$;

-- After a change of participations: teilnehmer.aufgenommen_am / abgemeldet_am / abmeldegrund (the first intake and,
-- when no participation is open, the last de-registration — for the search, the provider's view and the retention
-- clock), which participation is the first of its program, and the programs each assignment counts for.
create function teilnehmer_fall_nachfuehren() returns trigger language plpgsql as $$
begin
    if pg_trigger_depth() > 1 then
        return null; -- only derived columns changed
    end if;
    update programmteilnahme p set erste = n.erste
      from (select id, row_number() over (partition by teilnehmer_id, programm
                                          order by aufgenommen_am, erfasst_am, id) = 1 as erste
              from programmteilnahme
             where ersetzt_am is null and teilnehmer_id in (select teilnehmer_id from geaendert)) n
     where p.id = n.id and p.erste is distinct from n.erste;
    update zuweisung z set teilnahmeprogramme = teilnahmeprogramme(z.teilnehmer_id, z.ab)
     where z.teilnehmer_id in (select teilnehmer_id from geaendert) and z.ersetzt_am is null
       and z.teilnahmeprogramme is distinct from teilnahmeprogramme(z.teilnehmer_id, z.ab);
    update teilnehmer t
       set aufgenommen_am = s.erste,
           abgemeldet_am = case when s.offen then null else s.letzte end,
           abmeldegrund = case when s.offen then null else s.grund end
      from (select g.id,
                   min(p.aufgenommen_am) as erste,
                   coalesce(bool_or(p.abgemeldet_am is null), false) or count(p.id) = 0 as offen,
                   max(p.abgemeldet_am) as letzte,
                   (array_agg(p.abmeldegrund order by p.abgemeldet_am desc nulls last))[1] as grund
              from (select distinct teilnehmer_id as id from geaendert) g
              left join programmteilnahme p on p.teilnehmer_id = g.id and p.ersetzt_am is null
             group by g.id) s
     where t.id = s.id and (t.aufgenommen_am, t.abgemeldet_am, t.abmeldegrund)
                           is distinct from (s.erste, case when s.offen then null else s.letzte end,
                                             case when s.offen then null else s.grund end);
    return null;
end $$;

create trigger programmteilnahme_fall_neu after insert on programmteilnahme referencing new table as geaendert
    for each statement execute function teilnehmer_fall_nachfuehren();
create trigger programmteilnahme_fall_korrektur after update on programmteilnahme referencing new table as geaendert
    for each statement execute function teilnehmer_fall_nachfuehren();
create trigger programmteilnahme_unveraenderlich before update on programmteilnahme
    for each row execute function tatsache_unveraenderlich('abgemeldet_am');

drop index programmteilnahme_bericht;
create index programmteilnahme_bericht on programmteilnahme (programm, aufgenommen_am)
    include (teilnehmer_id, status_bei_aufnahme, abgemeldet_am, ausnahme_grund) where ersetzt_am is null and erste;
create index programmteilnahme_wieder on programmteilnahme (programm, aufgenommen_am)
    include (teilnehmer_id, abgemeldet_am) where ersetzt_am is null and not erste;
create index programmteilnahme_klaerung on programmteilnahme (klaerung_bis) where klaerung_bis is not null and ersetzt_am is null;
create index programmteilnahme_teilnehmer on programmteilnahme (teilnehmer_id) where ersetzt_am is null;

-- ---------------------------------------------------------------- work ban and exclusion facts (periods)
create table merkmal (
    id            uuid primary key,
    teilnehmer_id uuid not null references teilnehmer (id),
    merkmal       text not null check (merkmal in ('BESCHAEFTIGUNGSVERBOT', 'IN_LANDESAUFNAHMEEINRICHTUNG', 'GEFAEHRDER',
                                                   'AUSREISEPFLICHTIG_MIT_SCHWEREN_STRAFTATEN', 'BETREUT_JMD', 'BETREUT_MBE',
                                                   'KIND_EINER_ZIELPERSON')),
    ab            date not null,
    bis           date,
    notiz         text,
    erfasst_am    timestamptz not null default clock_timestamp(),
    erfasst_von   text not null,
    ersetzt_am    timestamptz,
    ersetzt_durch uuid,
    constraint merkmal_zeitraum check (bis is null or bis >= ab),
    constraint merkmal_ohne_ueberschneidung exclude using gist
        (teilnehmer_id with =, merkmal with =, daterange(ab, bis) with &&) where (ersetzt_am is null)
);
create index merkmal_stand on merkmal (merkmal, ab) include (teilnehmer_id, bis) where ersetzt_am is null;

insert into merkmal (id, teilnehmer_id, merkmal, ab, erfasst_am, erfasst_von)
select gen_random_uuid(), t.id, 'BESCHAEFTIGUNGSVERBOT', w.ab, t.angelegt_am, 'migration'
  from teilnehmer t join wohnort w on w.teilnehmer_id = t.id
 where t.beschaeftigungsverbot;
alter table teilnehmer drop column beschaeftigungsverbot;

create trigger merkmal_unveraenderlich before update on merkmal
    for each row execute function tatsache_unveraenderlich('bis');

-- ---------------------------------------------------------------- assignments (periods)
alter table zuweisung
    add column erfasst_am    timestamptz not null default clock_timestamp(),
    add column erfasst_von   text not null default 'migration',
    add column ersetzt_am    timestamptz,
    add column ersetzt_durch uuid,
    add constraint zuweisung_ohne_ueberschneidung exclude using gist
        (teilnehmer_id with =, massnahme_id with =, daterange(ab, bis) with &&) where (ersetzt_am is null);
alter table zuweisung alter column erfasst_von drop default;
-- derived: the programs whose participation ran on the first day (kept by the participations' trigger as well)
alter table zuweisung add column teilnahmeprogramme text[] not null default '{}';
update zuweisung set teilnahmeprogramme = teilnahmeprogramme(teilnehmer_id, ab);
create function zuweisung_programme_setzen() returns trigger language plpgsql as $$
begin
    new.teilnahmeprogramme := teilnahmeprogramme(new.teilnehmer_id, new.ab);
    return new;
end $$;
create trigger zuweisung_programme_setzen before insert on zuweisung
    for each row execute function zuweisung_programme_setzen();
create trigger zuweisung_unveraenderlich before update on zuweisung
    for each row execute function tatsache_unveraenderlich('bis');
create index zuweisung_stand on zuweisung (ab) include (teilnehmer_id, massnahme_id, bis, ergebnis, teilnahmeprogramme)
    where ersetzt_am is null;

-- ---------------------------------------------------------------- Maßnahme status (state per Maßnahme)
alter table massnahme_status
    add column bis           date,
    add column ersetzt_am    timestamptz,
    add column ersetzt_durch bigint;
alter table massnahme_status alter column erfasst_am set default clock_timestamp();
update massnahme_status z set bis = n.naechster
  from (select id, lead(ab) over (partition by massnahme_id order by ab, erfasst_am, id) as naechster
          from massnahme_status) n
 where z.id = n.id and n.naechster is not null;
create trigger massnahme_status_bis_neu after insert on massnahme_status referencing new table as geaendert
    for each statement execute function zeitleiste_bis_setzen('massnahme_id');
create trigger massnahme_status_bis_korrektur after update on massnahme_status referencing new table as geaendert
    for each statement execute function zeitleiste_bis_setzen('massnahme_id');
create trigger massnahme_status_unveraenderlich before update on massnahme_status
    for each row execute function tatsache_unveraenderlich();

-- ---------------------------------------------------------------- referrals: the outcome as a category
alter table verweisung add column ergebnisart text check (ergebnisart in ('VERMITTELT', 'NICHT_ZUSTANDE_GEKOMMEN',
                                                                         'SONSTIGES'));
update verweisung set ergebnisart = 'SONSTIGES' where ergebnis_am is not null;
alter table verweisung add constraint verweisung_ergebnis check ((ergebnisart is null) = (ergebnis_am is null));

-- ---------------------------------------------------------------- the unknown birth date („nicht entscheidbar“)
alter table teilnehmer alter column geburtsdatum drop not null;

-- ---------------------------------------------------------------- rights: only what may change
grant select, insert, delete on wohnort, merkmal, freigabe to ${rolle};
grant update (bis, ersetzt_am, ersetzt_durch) on wohnort, freigabe, aufenthalt, massnahme_status to ${rolle};
grant update (bis, notiz, ersetzt_am, ersetzt_durch) on merkmal to ${rolle};
revoke update on programmteilnahme, zuweisung from ${rolle};
grant update (abgemeldet_am, abmeldegrund, abmeldeart, einstufung, begruendungen, ausnahme_grund,
              ausnahme_genehmigt_von, klaerung_bis, fallverantwortung, status_bei_aufnahme, erste, version, ersetzt_am,
              ersetzt_durch) on programmteilnahme to ${rolle};
grant update (ergebnis, bis, abbruchgrund, anonymisiert_am, teilnahmeprogramme, version, ersetzt_am, ersetzt_durch)
    on zuweisung to ${rolle};
