-- The extra typed case fields a program plugin declares (plugin API Fallfelder), one value per participant,
-- program and field key, stored as the text the plugin validates. Erased with the person, cleared on
-- anonymisation (the plugins' fields are free data the platform cannot classify).

create table programmfeld (
    teilnehmer_id uuid not null references teilnehmer (id),
    programm      text not null,
    schluessel    text not null,
    wert          text not null,
    primary key (teilnehmer_id, programm, schluessel)
);

grant select, insert, delete on programmfeld to ${rolle};
