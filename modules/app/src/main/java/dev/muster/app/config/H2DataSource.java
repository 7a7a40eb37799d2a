package dev.muster.app.config;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The embedded H2 database as a plain (non-XA) {@link DataSource}, the default
 * {@code muster.db.datasource-class}. H2's own {@link JdbcDataSource} is also an XA data source, so
 * the server pools it as XA, and every connection it hands out is then a fresh H2 handle: H2
 * answers the first {@code Statement.getQueryTimeout()} of each handle by building
 * {@code INFORMATION_SCHEMA.SETTINGS} (a scan of the store file), and Hibernate asks it for every
 * statement it closes. Pooling plain connections keeps H2's per-connection answer, and JTA still
 * commits the database with the JMS broker (the one non-XA resource goes last), as it does with
 * PostgreSQL's plain data source.
 */
public class H2DataSource implements DataSource {

    private final JdbcDataSource h2 = new JdbcDataSource();

    public void setURL(String url) {
        h2.setURL(url);
    }

    public String getURL() {
        return h2.getURL();
    }

    public void setUrl(String url) {
        h2.setUrl(url);
    }

    public String getUrl() {
        return h2.getUrl();
    }

    public void setUser(String user) {
        h2.setUser(user);
    }

    public String getUser() {
        return h2.getUser();
    }

    public void setPassword(String password) {
        h2.setPassword(password);
    }

    public void setDescription(String description) {
        h2.setDescription(description);
    }

    public String getDescription() {
        return h2.getDescription();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return h2.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return h2.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("H2 does not log through java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
