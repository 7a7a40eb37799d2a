package dev.muster.app.it.postgres;

import dev.muster.app.it.FoundationContract;
import dev.muster.app.it.MusterDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same WAR, unchanged, on PostgreSQL: only configuration differs (the {@code postgres}
 * container in arquillian.xml sets {@code muster.db.*}).
 */
@ExtendWith({PostgresSchema.class, ArquillianExtension.class})
class PostgresFoundationIT extends FoundationContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MusterDeployment.war();
    }
}
