package de.teilhabe.platform.sicherheit;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/** Argon2id password hashing (OWASP minimum: 19 MiB memory, 2 iterations, parallelism 1). */
@Singleton
public class Passwoerter {

    public static final int MINDESTLAENGE = 10;

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Checked against when a user name is unknown, so the answer takes the same time either way. */
    private static final String ATTRAPPE = Password.hash("attrappe-" + System.nanoTime()).addRandomSalt(16)
            .with(ARGON2ID).getResult();

    public String hash(String passwort) {
        return Password.hash(passwort).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean pruefen(String passwort, String hash) {
        return Password.check(passwort, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    void pruefenGegenAttrappe(String passwort) {
        pruefen(passwort, ATTRAPPE);
    }
}
