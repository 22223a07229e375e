-- What is unique in a Kreis (issue 13). The services check each rule first and name the field; these indexes are the
-- last line against two concurrent requests.
--
-- * A provider's short name, ignoring case: the reports and the import's Maßnahme names („FB 1 · Caritas · Neuss“)
--   name a provider by it. (The full name is unique since V10.)
-- * A funding record's file number (Aktenzeichen), ignoring case.
-- * A running assignment of a person to a Maßnahme: already the exclusion constraint zuweisung_ohne_ueberschneidung
--   (V50) — two current assignments of one person to one Maßnahme may not share a day, and two open ones always do.
--   Nothing to add here.
--
-- Duplicates recorded before these rules stay recognisable instead of stopping the migration: the first one keeps
-- its value (providers ordered by name, records by period), each further one gets a suffix — a provider its full
-- name, a record a number — and a new version, so that a form still open on it must be reloaded.

update massnahmetraeger t
   set kurzname = t.kurzname || ' (' || t.name || ')', version = t.version + 1
  from (select id, row_number() over (partition by lower(kurzname) order by lower(name), id) as nummer
          from massnahmetraeger where kurzname is not null) d
 where d.id = t.id and d.nummer > 1;

create unique index massnahmetraeger_kurzname on massnahmetraeger (lower(kurzname)) where kurzname is not null;

update zuwendungsbescheid z
   set aktenzeichen = z.aktenzeichen || ' (' || d.nummer || ')', version = z.version + 1
  from (select id, row_number() over (partition by lower(aktenzeichen) order by beginn, datum, id) as nummer
          from zuwendungsbescheid where aktenzeichen is not null) d
 where d.id = z.id and d.nummer > 1;

create unique index zuwendungsbescheid_aktenzeichen on zuwendungsbescheid (lower(aktenzeichen))
    where aktenzeichen is not null;
