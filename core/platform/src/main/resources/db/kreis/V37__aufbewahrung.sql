-- Data protection for participants: retention rules per record type (years after the case ended) with the
-- Kreis's own values, anonymisation marks, and the minimum rights for anonymising and erasing on request.
-- Anonymised rows keep what statistics need (year of birth, Kommune, residence status history, programs with
-- their verdict, assignment outcomes); names become 'anonymisiert', free texts are cleared or replaced.

create table aufbewahrungsregel (
    typ     text primary key check (typ in ('TEILNEHMER', 'EINWILLIGUNG', 'ZUWEISUNG', 'ZUWEISUNG_GEFOERDERT')),
    jahre   integer not null check (jahre between 1 and 30),
    version bigint not null default 0
);
-- Defaults (documented in the teilnehmer package): master data with residence history and programs 3 years
-- after de-registration (regular limitation period, § 195 BGB); consents 3 years after withdrawal or case end
-- (accountability, Art. 5 (2), 7 (1) DSGVO); assignments 5 years; assignments to Maßnahmen whose Baustein is
-- covered by a Zuwendungsbescheid 10 years (funding audits: proof of use and its retention under ANBest-P).
insert into aufbewahrungsregel (typ, jahre) values
    ('TEILNEHMER', 3), ('EINWILLIGUNG', 3), ('ZUWEISUNG', 5), ('ZUWEISUNG_GEFOERDERT', 10);

alter table teilnehmer add column anonymisiert_am date;
alter table einwilligung add column anonymisiert_am date;
alter table zuweisung add column anonymisiert_am date;
-- an anonymised consent keeps purpose and dates for statistics, but no longer points to the person
alter table einwilligung alter column teilnehmer_id drop not null;

-- anonymised people are neither duplicates of anyone nor of each other
drop index teilnehmer_eindeutig;
create unique index teilnehmer_eindeutig on teilnehmer (lower(vorname), lower(nachname), geburtsdatum, kommune_id)
    where anonymisiert_am is null;
create index teilnehmer_abgemeldet on teilnehmer (abgemeldet_am) where anonymisiert_am is null;

grant select, update on aufbewahrungsregel to ${rolle};
grant update (notiz) on aufenthalt to ${rolle};
-- erasure on request (Art. 17 DSGVO) where no retention duty applies
grant delete on teilnehmer, aufenthalt, programmteilnahme, einwilligung, zuweisung to ${rolle};

-- access requests (Art. 15 DSGVO) list the audit entries about one person
create index audit_log_objekt on audit_log (objekt_id);
