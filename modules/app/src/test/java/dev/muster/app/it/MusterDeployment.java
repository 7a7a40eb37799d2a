package dev.muster.app.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The archive integration tests deploy: the real WAR that {@code mvn package} built, unchanged,
 * deployed at the root context as in production.
 */
public final class MusterDeployment {

    public static final String ADMIN_EMAIL = "admin@muster.local";

    private MusterDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("muster.war", "modules/app/target/muster.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    public static String adminPassword() {
        return System.getProperty("muster.it.admin-password");
    }

    public static int smtpPort() {
        return Integer.getInteger("muster.it.smtp-port", 31025);
    }
}
