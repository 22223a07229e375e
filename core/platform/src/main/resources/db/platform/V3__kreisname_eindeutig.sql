-- A Kreis's name is unique on the platform, ignoring case and surrounding blanks (issue 13): two Kreise called
-- „Kreis Coesfeld“ could not be told apart in the operator's list, the exports and the council papers. Onboarding
-- checks it first and names the Kreis that has the name; this index is the last line against a concurrent onboarding.
-- Installations that already have such a pair keep the older Kreis's name; the younger ones get their slug appended
-- („Kreis Coesfeld (kreis-coesfeld-2)“), so the operator sees both apart.
update kreis k
   set name = btrim(k.name) || ' (' || k.slug || ')'
  from (select id, row_number() over (partition by lower(btrim(name)) order by angelegt_am, id) as nummer
          from kreis) d
 where d.id = k.id and d.nummer > 1;

create unique index kreis_name_eindeutig on kreis (lower(btrim(name)));
