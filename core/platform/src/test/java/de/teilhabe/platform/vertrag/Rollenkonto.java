package de.teilhabe.platform.vertrag;

/**
 * The caller of one column of the role table: an account with exactly that role (its user name, password and
 * token), or the anonymous caller (no token; user name and password of another account, for signing in).
 */
record Rollenkonto(String spalte, String benutzername, String passwort, String token) {

    boolean anonym() {
        return token == null;
    }
}
