package dev.muster.app.config;

import dev.muster.platform.messaging.Messaging;
import dev.muster.platform.schema.DatabaseMigrations;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSDestinationDefinitions;

/**
 * The server resources the application defines for itself, so one WAR runs anywhere: the
 * datasource (its URL, user and password from MicroProfile Config at deployment, see
 * {@code server-config/post-boot-commands.asadmin} for the defaults) and the JMS connection factory
 * and queues on the ActiveMQ resource adapter.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "${MPCONFIG=muster.db.datasource-class}",
        url = "${MPCONFIG=muster.db.url}",
        user = "${MPCONFIG=muster.db.user}",
        password = "${MPCONFIG=muster.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.sql-trace-listeners=",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true"
        })
@JMSConnectionFactoryDefinition(
        name = Messaging.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = Messaging.RESOURCE_ADAPTER,
        transactional = true,
        maxPoolSize = 32,
        minPoolSize = 1)
@JMSDestinationDefinitions({
        @JMSDestinationDefinition(
                name = Messaging.MAIL_QUEUE,
                interfaceName = "jakarta.jms.Queue",
                resourceAdapter = Messaging.RESOURCE_ADAPTER,
                destinationName = Messaging.MAIL_QUEUE_NAME,
                properties = {"PhysicalName=" + Messaging.MAIL_QUEUE_NAME}),
        @JMSDestinationDefinition(
                name = Messaging.NOTIFICATION_QUEUE,
                interfaceName = "jakarta.jms.Queue",
                resourceAdapter = Messaging.RESOURCE_ADAPTER,
                destinationName = Messaging.NOTIFICATION_QUEUE_NAME,
                properties = {"PhysicalName=" + Messaging.NOTIFICATION_QUEUE_NAME}),
        @JMSDestinationDefinition(
                name = Messaging.PRESENCE_TOPIC,
                interfaceName = "jakarta.jms.Topic",
                resourceAdapter = Messaging.RESOURCE_ADAPTER,
                destinationName = Messaging.PRESENCE_TOPIC_NAME,
                properties = {"PhysicalName=" + Messaging.PRESENCE_TOPIC_NAME}),
        @JMSDestinationDefinition(
                name = Messaging.CREDENTIALS_TOPIC,
                interfaceName = "jakarta.jms.Topic",
                resourceAdapter = Messaging.RESOURCE_ADAPTER,
                destinationName = Messaging.CREDENTIALS_TOPIC_NAME,
                properties = {"PhysicalName=" + Messaging.CREDENTIALS_TOPIC_NAME})
})
public class Resources {
}
