package org.tematik.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.tematik.core.util.UserException;

/**
 * The key of an encrypted project. A random data key encrypts the database (H2 CIPHER=AES) and the
 * originals (AES-GCM); the passphrase only wraps it, via PBKDF2, in {@value #FILE_NAME}. So changing the
 * passphrase rewrites one small file atomically instead of every file (as Cryptomator's masterkey file
 * does). Neither the passphrase nor the data key is ever written in the clear.
 */
public final class ProjectKey {
    public static final String FILE_NAME = "encryption.properties";
    public static final int MIN_PASSPHRASE = 8;
    static final int ITERATIONS = 210_000;
    private static final byte[] MAGIC = "TMK1".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] dataKey;

    private ProjectKey(byte[] dataKey) {
        this.dataKey = dataKey;
    }

    public static boolean isEncrypted(Path projectDir) {
        return Files.exists(projectDir.resolve(FILE_NAME));
    }

    /** Makes a new random data key for the project and writes it, wrapped by the passphrase. */
    static ProjectKey create(Path projectDir, char[] passphrase) {
        requireStrong(passphrase);
        byte[] dataKey = new byte[KEY_BYTES];
        RANDOM.nextBytes(dataKey);
        write(projectDir, dataKey, passphrase);
        return new ProjectKey(dataKey);
    }

    /** Unwraps the data key; a wrong passphrase fails the GCM tag and says so. */
    public static ProjectKey unlock(Path projectDir, char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new UserException("project.error.passphraseNeeded", projectDir);
        }
        Properties p = read(projectDir);
        try {
            byte[] salt = Base64.getDecoder().decode(p.getProperty("salt"));
            int iterations = Integer.parseInt(p.getProperty("iterations"));
            byte[] wrapped = Base64.getDecoder().decode(p.getProperty("wrappedKey"));
            return new ProjectKey(decrypt(wrappingKey(passphrase, salt, iterations), wrapped));
        } catch (AEADBadTagException e) {
            throw new UserException("project.error.passphrase", projectDir);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new UserException(e, "project.error.keyFile", projectDir.resolve(FILE_NAME));
        }
    }

    /**
     * A key derived from a passphrase alone (PBKDF2, a fresh salt per use): seals data of a plain project
     * that must not be read without it, such as a pseudonym mapping. Same AES-GCM format as the originals.
     */
    public static ProjectKey fromPassphrase(char[] passphrase, byte[] salt) {
        requireStrong(passphrase);
        try {
            return new ProjectKey(wrappingKey(passphrase, salt, ITERATIONS).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
        }
    }

    /** A random salt for {@link #fromPassphrase}. */
    public static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** Rewraps the same data key under a new passphrase (new salt); the old passphrase stops working. */
    public static void changePassphrase(Path projectDir, char[] oldPassphrase, char[] newPassphrase) {
        ProjectKey key = unlock(projectDir, oldPassphrase);
        requireStrong(newPassphrase);
        write(projectDir, key.dataKey, newPassphrase);
    }

    /**
     * Changes the passphrase of an open project and records that it was changed (never the passphrase) in the
     * audit trail. The project being open means the old passphrase was right and no other process has it.
     */
    public static void changePassphrase(Project project, char[] oldPassphrase, char[] newPassphrase) {
        changePassphrase(project.dir(), oldPassphrase, newPassphrase);
        project.history().execute(new PassphraseChanged(), project.coder());
    }

    static void requireStrong(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new UserException("passphrase.error.short", MIN_PASSPHRASE);
        }
    }

    /** H2's file password: derived from the data key, hex so it holds no space (H2 splits at the first one). */
    char[] databasePassword() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(dataKey, "HmacSHA256"));
            byte[] derived = mac.doFinal("tematik h2 file password".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(derived).toCharArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Encrypts an original for storage: "TMK1" ‖ IV ‖ AES-GCM ciphertext with tag. */
    public byte[] seal(byte[] plain) {
        try {
            byte[] body = encrypt(new SecretKeySpec(dataKey, "AES"), plain);
            return ByteBuffer.allocate(MAGIC.length + body.length).put(MAGIC).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The original bytes of a sealed file; a changed or foreign file fails the tag. */
    public byte[] unseal(byte[] sealed) {
        if (sealed.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(sealed, MAGIC.length), MAGIC)) {
            throw new UserException("project.error.notSealed");
        }
        try {
            return decrypt(new SecretKeySpec(dataKey, "AES"), Arrays.copyOfRange(sealed, MAGIC.length, sealed.length));
        } catch (GeneralSecurityException e) {
            throw new UserException(e, "project.error.notSealed");
        }
    }

    private static void write(Path projectDir, byte[] dataKey, char[] passphrase) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Properties p = new Properties();
        p.setProperty("version", "1");
        p.setProperty("kdf", "PBKDF2WithHmacSHA256");
        p.setProperty("iterations", Integer.toString(ITERATIONS));
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        try {
            byte[] wrapped = encrypt(wrappingKey(passphrase, salt, ITERATIONS), dataKey);
            p.setProperty("wrappedKey", Base64.getEncoder().encodeToString(wrapped));
            Files.createDirectories(projectDir);
            Path tmp = Files.createTempFile(projectDir, "encryption", ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Tematik project key, wrapped by the passphrase. Without this file the project cannot be opened.");
            }
            // atomic, so a crash leaves either the old or the new passphrase working, never neither
            Files.move(tmp, projectDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserException(e, "project.error.keyWrite", projectDir.resolve(FILE_NAME), e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 and AES-GCM are part of every Java runtime", e);
        }
    }

    private static Properties read(Path projectDir) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(projectDir.resolve(FILE_NAME))) {
            p.load(in);
        } catch (IOException e) {
            throw new UserException(e, "project.error.keyFile", projectDir.resolve(FILE_NAME));
        }
        return p;
    }

    private static SecretKeySpec wrappingKey(char[] passphrase, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BYTES * 8);
        try {
            byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(k, "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] encrypt(SecretKeySpec key, byte[] plain) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        byte[] body = c.doFinal(plain);
        return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
    }

    private static byte[] decrypt(SecretKeySpec key, byte[] ivAndBody) throws GeneralSecurityException {
        if (ivAndBody.length < IV_BYTES) {
            throw new AEADBadTagException("too short");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ivAndBody, 0, IV_BYTES));
        return c.doFinal(ivAndBody, IV_BYTES, ivAndBody.length - IV_BYTES);
    }
}
