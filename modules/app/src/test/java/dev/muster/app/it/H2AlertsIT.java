package dev.muster.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Alerts on the embedded defaults: H2 file database and the in-VM broker. */
@ExtendWith(ArquillianExtension.class)
class H2AlertsIT extends AlertsContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MusterDeployment.war();
    }
}
