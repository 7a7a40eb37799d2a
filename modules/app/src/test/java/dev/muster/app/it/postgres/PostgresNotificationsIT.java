package dev.muster.app.it.postgres;

import dev.muster.app.it.MusterDeployment;
import dev.muster.app.it.NotificationsContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notification channels and delivery on PostgreSQL and the external broker: the same contract. */
@ExtendWith({PostgresSchema.class, ExternalBroker.class, ArquillianExtension.class})
class PostgresNotificationsIT extends NotificationsContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MusterDeployment.war();
    }
}
