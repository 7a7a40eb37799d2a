package dev.muster.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notification channels and delivery on the embedded defaults: H2 file database and the in-VM broker. */
@ExtendWith(ArquillianExtension.class)
class H2NotificationsIT extends NotificationsContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MusterDeployment.war();
    }
}
