package org.tematik.core.server;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.tematik.core.project.UserDataFolder;
import org.tematik.core.util.UserException;

/**
 * Saved server addresses by name ("@lab" on the command line), in connections.properties in the user
 * data folder. Only addresses are saved, never a password: {@link ServerAddress} refuses one.
 */
public final class ConnectionProfiles {
    public static final String FILE_NAME = "connections.properties";
    /** What marks a profile name where a folder or address could stand: {@code -p @lab}. */
    public static final String MARK = "@";
    private final Path file;

    public ConnectionProfiles(Path file) {
        this.file = file;
    }

    public static ConnectionProfiles standard() {
        return new ConnectionProfiles(UserDataFolder.get().resolve(FILE_NAME));
    }

    public Map<String, ServerAddress> list() {
        Map<String, ServerAddress> out = new TreeMap<>();
        load().forEach((k, v) -> out.put((String) k, ServerAddress.parse((String) v)));
        return out;
    }

    public void save(String name, ServerAddress address) {
        if (!name.matches("[A-Za-z0-9._-]{1,60}")) {
            throw new UserException("server.profile.badName", name);
        }
        Properties p = load();
        p.setProperty(name, address.toString());
        store(p);
    }

    /** False when there was no such profile. */
    public boolean remove(String name) {
        Properties p = load();
        boolean had = p.remove(name) != null;
        store(p);
        return had;
    }

    public ServerAddress get(String name) {
        ServerAddress a = list().get(name);
        if (a == null) {
            throw new UserException("server.profile.unknown", name, file);
        }
        return a;
    }

    /** A folder path, a server address or "@profile": the server address, or null for a folder. */
    public ServerAddress resolve(String reference) {
        if (reference.startsWith(MARK)) {
            return get(reference.substring(MARK.length()));
        }
        return ServerAddress.looksLikeOne(reference) ? ServerAddress.parse(reference) : null;
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UserException(e, "server.profile.io", file, e.getMessage());
            }
        }
        return p;
    }

    private void store(Properties p) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Tematik server connections: addresses only, never passwords");
            }
        } catch (IOException e) {
            throw new UserException(e, "server.profile.io", file, e.getMessage());
        }
    }
}
