-- Stichtag report (a) joins the first participations of a program to the Kommune each person lived in on the
-- cut-off date (issue 7: 100,000 people). Both indexes are ordered by person and hold every column the report reads,
-- so the planner can read both sides in person order as index-only scans and merge them, without a hash table of
-- 100,000 residence entries (measured once: 95 ms with the hash join of two table scans, 37 ms merged; on freshly
-- generated data the planner may still prefer hashing two index-only scans, about 60 ms).
-- An index needs no grant to ${rolle}.

create index programmteilnahme_erste_je_person on programmteilnahme (programm, teilnehmer_id)
    include (aufgenommen_am, status_bei_aufnahme, abgemeldet_am, ausnahme_grund) where ersetzt_am is null and erste;
create index wohnort_je_person on wohnort (teilnehmer_id) include (ab, bis, kommune_id) where ersetzt_am is null;
