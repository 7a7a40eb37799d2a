package dev.muster.platform.mail;

/**
 * Names of the JMS resources. The connection factory and queues are defined by annotations in the
 * application module, against the ActiveMQ resource adapter deployed as {@value #RESOURCE_ADAPTER}.
 */
public final class Messaging {

    public static final String RESOURCE_ADAPTER = "activemq-rar";
    public static final String CONNECTION_FACTORY = "java:app/jms/MusterConnectionFactory";
    public static final String MAIL_QUEUE = "java:app/jms/MailQueue";
    public static final String MAIL_QUEUE_NAME = "muster.mail";

    private Messaging() {
    }
}
