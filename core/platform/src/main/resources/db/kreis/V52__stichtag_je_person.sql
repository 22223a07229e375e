-- Stichtag report (a) joins the first participations of a program to the Kommune each person lived in on the
-- cut-off date (issue 7: 100,000 people). Both indexes are ordered by person and hold every column the report reads,
-- so the two sides are read in person order as index-only scans and merged, without building a hash table of
-- 100,000 residence entries (measured: 95 ms with the hash join of two table scans, 37 ms merged).
-- An index needs no grant to ${rolle}.

create index programmteilnahme_erste_je_person on programmteilnahme (programm, teilnehmer_id)
    include (aufgenommen_am, status_bei_aufnahme, abgemeldet_am, ausnahme_grund) where ersetzt_am is null and erste;
create index wohnort_je_person on wohnort (teilnehmer_id) include (ab, bis, kommune_id) where ersetzt_am is null;
