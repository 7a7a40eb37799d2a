package dev.muster.platform.messaging;

/**
 * Names of the JMS resources. The connection factory, queues and topics are defined by annotations
 * in the application module, against the ActiveMQ resource adapter deployed as
 * {@value #RESOURCE_ADAPTER}.
 */
public final class Messaging {

    public static final String RESOURCE_ADAPTER = "activemq-rar";
    public static final String CONNECTION_FACTORY = "java:app/jms/MusterConnectionFactory";
    public static final String MAIL_QUEUE = "java:app/jms/MailQueue";
    public static final String MAIL_QUEUE_NAME = "muster.mail";
    /** Alert notifications to deliver, one message per channel; see {@code dev.muster.alerts.notifications}. */
    public static final String NOTIFICATION_QUEUE = "java:app/jms/NotificationQueue";
    public static final String NOTIFICATION_QUEUE_NAME = "muster.notifications";
    /** Presence transitions, published once each; see {@code dev.muster.devices.api.PresenceChanged}. */
    public static final String PRESENCE_TOPIC = "java:app/jms/PresenceTopic";
    public static final String PRESENCE_TOPIC_NAME = "muster.presence";
    /** Ids of devices whose credentials changed: every node drops what it cached of them. */
    public static final String CREDENTIALS_TOPIC = "java:app/jms/CredentialsTopic";
    public static final String CREDENTIALS_TOPIC_NAME = "muster.credentials";

    private Messaging() {
    }
}
