package com.salescallplanner.store.team;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class its own real PostgreSQL server ({@link PostgresServer}), started before
 * its first test and removed after its last:
 * <pre>
 * {@literal @}RegisterExtension
 * static final PostgresExtension PG = new PostgresExtension();
 * ... PG.server().createDatabase("team") ...
 * </pre>
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {
    private PostgresServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = PostgresServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public PostgresServer server() {
        if (server == null) {
            throw new IllegalStateException("The PostgreSQL test server runs only while the test class does "
                    + "(register the extension on a static field).");
        }
        return server;
    }
}
