package dev.muster.app.it.postgres;

import dev.muster.app.it.FoundationContract;
import dev.muster.app.it.MusterDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same WAR, unchanged, on PostgreSQL and an external ActiveMQ broker: only configuration
 * differs (the {@code postgres} container in arquillian.xml sets {@code muster.db.*} and
 * {@code muster.broker.url}).
 */
@ExtendWith({PostgresSchema.class, ExternalBroker.class, ArquillianExtension.class})
class PostgresFoundationIT extends FoundationContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MusterDeployment.war();
    }

    @Test
    void mailsTravelThroughTheExternalBroker() throws Exception {
        long before = ExternalBroker.enqueued("muster.mail");
        tenantWithOwner("broker");
        assertThat(ExternalBroker.enqueued("muster.mail")).isGreaterThan(before);
    }
}
