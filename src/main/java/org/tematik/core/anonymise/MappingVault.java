package org.tematik.core.anonymise;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.tematik.core.project.ProjectKey;
import org.tematik.core.util.Json;
import org.tematik.core.util.UserException;

/**
 * Seals a pseudonym table with the project's own key in an encrypted project, or else with a key derived
 * from a passphrase (PBKDF2, a salt per mapping). Both use {@link ProjectKey}'s AES-GCM; there is no
 * second crypto helper. A wrong passphrase fails the GCM tag and gets its own message.
 */
final class MappingVault {
    /** What is stored: the salt (null with the project key) and the sealed JSON, both Base64. */
    record Sealed(String salt, String sealed) {
    }

    /** The sealed content: the table and how it was matched. */
    record Content(List<PseudonymEntry> entries, boolean ignoreCase) {
    }

    private final ProjectKey projectKey;

    MappingVault(ProjectKey projectKey) {
        this.projectKey = projectKey;
    }

    boolean needsPassphrase() {
        return projectKey == null;
    }

    Sealed seal(Content content, char[] passphrase) {
        byte[] plain = Json.write(content).getBytes(StandardCharsets.UTF_8);
        if (projectKey != null) {
            return new Sealed(null, Base64.getEncoder().encodeToString(projectKey.seal(plain)));
        }
        requirePassphrase(passphrase);
        byte[] salt = ProjectKey.newSalt();
        byte[] sealed = ProjectKey.fromPassphrase(passphrase, salt).seal(plain);
        return new Sealed(Base64.getEncoder().encodeToString(salt), Base64.getEncoder().encodeToString(sealed));
    }

    Content open(Sealed stored, char[] passphrase) {
        byte[] sealed = Base64.getDecoder().decode(stored.sealed());
        byte[] plain;
        if (stored.salt() == null) {
            if (projectKey == null) {
                throw new UserException("anonymise.error.keyGone");
            }
            plain = projectKey.unseal(sealed);
        } else {
            requirePassphrase(passphrase);
            try {
                plain = ProjectKey.fromPassphrase(passphrase, Base64.getDecoder().decode(stored.salt())).unseal(sealed);
            } catch (UserException wrongKey) {
                throw new UserException(wrongKey, "anonymise.error.passphrase");
            }
        }
        return Json.read(new String(plain, StandardCharsets.UTF_8), Content.class);
    }

    private static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new UserException("anonymise.error.passphraseNeeded");
        }
    }
}
