package org.tematik.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.tematik.core.server.ServerAddress;

/**
 * Child process that dies inside a transaction, as a client can: it takes the chain-head lock the way
 * a change does, writes a half change (a coder row, a moved head), prints "holding" and waits to be
 * killed. Argument: the server address.
 */
public final class HeldTransaction {
    private HeldTransaction() {
    }

    public static void main(String[] args) throws Exception {
        ServerAddress address = ServerAddress.parse(args[0]);
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
             Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.executeQuery("SELECT last_seq FROM audit_head WHERE id = 1 FOR UPDATE").close();
            st.executeUpdate("INSERT INTO coders (id, name, created_at) VALUES (gen_random_uuid(), 'half-written', now())");
            st.executeUpdate("UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1");
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
