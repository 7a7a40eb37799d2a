package dev.muster.app.schema;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that the Flyway migrations in {@code db/} build exactly the schema the entities expect:
 * migrate an empty database, then let Hibernate validate every mapped entity against it. The
 * production persistence unit never validates at boot (it is built before Flyway runs), so this
 * test is where a migration and an entity that disagree are caught, on H2 and on PostgreSQL.
 */
class MigrationsMatchEntitiesTest {

    @Test
    void onH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:schema-check;DB_CLOSE_DELAY=-1");
        migrateAndValidate(h2);
    }

    @Test
    void onPostgreSql() throws Exception {
        Assumptions.assumeTrue(postgresReachable(), "SKIPPED: no PostgreSQL at 127.0.0.1:5432");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=muster_schema_check");
        pg.setUser("postgres");
        try (Connection connection = pg.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists muster_schema_check cascade");
            statement.execute("create schema muster_schema_check");
        }
        migrateAndValidate(pg);
    }

    private static void migrateAndValidate(DataSource dataSource) {
        var result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        assertThat(result.migrationsExecuted).isPositive();
        Map<String, Object> overrides = Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "hibernate.connection.datasource", dataSource,
                "hibernate.transaction.jta.platform", "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
                "hibernate.hbm2ddl.auto", "validate");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("muster", overrides);
        assertThat(factory.getMetamodel().getEntities()).hasSizeGreaterThanOrEqualTo(6);
        factory.close();
    }

    private static boolean postgresReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
