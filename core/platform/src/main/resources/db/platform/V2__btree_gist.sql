-- Exclusion constraints over a key and a date range (ADR 0002: no overlapping episodes of one program, no
-- overlapping assignments to one Maßnahme) need equality operators for uuid and text in GiST: btree_gist, a trusted
-- extension of postgresql-contrib. It lives in the platform schema, once per database, so that no Kreis schema owns
-- it (dropping a Kreis drops nothing another Kreis uses). Constraint checks need no privilege on its schema.
create extension if not exists btree_gist schema platform;
