package org.tematik.core.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.tematik.core.util.UserException;

/**
 * Where a team project lives: {@code postgresql://host[:port]/database?user=NAME}. It never holds a
 * password (one in the address is refused), so it can be shown, logged and saved in a profile.
 */
public record ServerAddress(String host, int port, String database, String user) {
    public static final String SCHEME = "postgresql";
    public static final int DEFAULT_PORT = 5432;

    /** True for anything that looks like a server address rather than a project folder. */
    public static boolean looksLikeOne(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith(SCHEME + "://") || t.startsWith("jdbc:" + SCHEME + "://") || t.startsWith("postgres://");
    }

    public static ServerAddress parse(String text) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "jdbc:", 0, 5)) {
            t = t.substring(5);
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new UserException("server.error.address", text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals(SCHEME) || scheme.equals("postgres")) || uri.getHost() == null) {
            throw new UserException("server.error.address", text);
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw new UserException("server.error.passwordInAddress");
        }
        String user = uri.getRawUserInfo();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (key.equalsIgnoreCase("password")) {
                throw new UserException("server.error.passwordInAddress");
            }
            if (key.equalsIgnoreCase("user")) {
                user = value;
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/") || user == null || user.isBlank()) {
            throw new UserException("server.error.address", text);
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, user);
    }

    /** The same server and database as another user (a reviewer's connection, say). */
    public ServerAddress as(String otherUser) {
        return new ServerAddress(host, port, database, otherUser);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The address as the user types it; it holds no password. */
    @Override
    public String toString() {
        return SCHEME + "://" + host + ":" + port + "/" + database + "?user=" + user;
    }
}
