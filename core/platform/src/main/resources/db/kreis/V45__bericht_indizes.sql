-- Stichtag report (a) reads the whole residence history of the people in a program (issue 7: 100,000 people and
-- their histories in a Kreis) in the order newest entry first per person. With the status in the index that is an
-- index-only scan instead of one table access per entry. The index replaces aufenthalt_teilnehmer (same key
-- columns), which keeps serving the lookups of the current status (search trigger, participant view).
-- An index needs no grant to ${rolle}.

create index aufenthalt_teilnehmer_status on aufenthalt (teilnehmer_id, ab desc, erfasst_am desc) include (status);
drop index aufenthalt_teilnehmer;
