package dev.muster.app.it.postgres;

import dev.muster.app.it.AlertsContract;
import dev.muster.app.it.MusterDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts on PostgreSQL and the external broker: the same contract, where the open key's unique
 * constraint and the durable presence subscription meet a real server database and broker.
 */
@ExtendWith({PostgresSchema.class, ExternalBroker.class, ArquillianExtension.class})
class PostgresAlertsIT extends AlertsContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MusterDeployment.war();
    }
}
