package dev.muster.app.it.postgres;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.command.ActiveMQQueue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An ActiveMQ broker outside the server under test, listening on loopback, started before the
 * server so that its resource adapter connects to it ({@code muster.broker.url=tcp://…} in the
 * {@code postgres} container of arquillian.xml): the multi-node deployment's shape on one machine.
 */
public class ExternalBroker implements BeforeAllCallback, AfterAllCallback {

    private static BrokerService broker;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (broker != null) {
            return;
        }
        broker = new BrokerService();
        broker.setBrokerName("external-it");
        broker.setPersistent(false);
        broker.setUseJmx(false);
        broker.setAdvisorySupport(true);
        broker.addConnector("tcp://127.0.0.1:" + Integer.getInteger("muster.it.broker-port", 31616));
        broker.start();
        broker.waitUntilStarted();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // the broker outlives the class on purpose: the server under test is stopped after it
    }

    /**
     * A subscription to a topic of the external broker, from now on, for messages matching a JMS
     * selector: what the server under test published, as a consumer on another node would see it.
     */
    public static TopicListener listen(String topic, String selector) throws JMSException {
        return new TopicListener(topic, selector);
    }

    /** The text messages of one topic subscription, collected as they arrive. */
    public static final class TopicListener implements AutoCloseable {

        private final Connection connection;
        private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        private TopicListener(String topic, String selector) throws JMSException {
            connection = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + Integer.getInteger("muster.it.broker-port", 31616))
                    .createConnection();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createTopic(topic), selector).setMessageListener(message -> {
                try {
                    received.add(((TextMessage) message).getText());
                } catch (JMSException e) {
                    received.add("unreadable: " + e);
                }
            });
            connection.start();
        }

        /** What arrived within {@code wait}; waits the whole time, so a duplicate has the chance to show. */
        public List<String> within(Duration wait) throws InterruptedException {
            Thread.sleep(wait.toMillis());
            List<String> messages = new ArrayList<>();
            received.drainTo(messages);
            return messages;
        }

        @Override
        public void close() throws JMSException {
            connection.close();
        }
    }

    /** How many messages the external broker took on a queue. */
    public static long enqueued(String queue) throws Exception {
        Destination destination = broker.getDestination(new ActiveMQQueue(queue));
        return destination == null ? 0 : destination.getDestinationStatistics().getEnqueues().getCount();
    }
}
