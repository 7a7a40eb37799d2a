package dev.muster.app.it.postgres;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs a test class only where PostgreSQL answers on 127.0.0.1:5432 (skipping with a visible reason
 * otherwise), and gives it an empty schema (system property {@code muster.it.pg-schema}, default {@code muster_it}) in database {@code test}, before the
 * server starts, so the migrations run from scratch.
 */
public class PostgresSchema implements ExecutionCondition, BeforeAllCallback {

    public static final String SCHEMA = System.getProperty("muster.it.pg-schema", "muster_it");
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 2000);
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at 127.0.0.1:5432");
        } catch (Exception e) {
            System.err.println("SKIPPED: PostgreSQL tests, no PostgreSQL at 127.0.0.1:5432 (" + e.getMessage() + ")");
            return ConditionEvaluationResult.disabled("SKIPPED: no PostgreSQL reachable at 127.0.0.1:5432");
        }
    }

    /** A connection to the test schema, for tests that must set up what the API cannot (time passing). */
    public static Connection connect() throws java.sql.SQLException {
        Connection connection = DriverManager.getConnection(URL, "postgres", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + SCHEMA);
        }
        return connection;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
    }
}
