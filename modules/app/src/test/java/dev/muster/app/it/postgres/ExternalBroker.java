package dev.muster.app.it.postgres;

import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.Destination;
import org.apache.activemq.command.ActiveMQQueue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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

    /** How many messages the external broker took on a queue. */
    public static long enqueued(String queue) throws Exception {
        Destination destination = broker.getDestination(new ActiveMQQueue(queue));
        return destination == null ? 0 : destination.getDestinationStatistics().getEnqueues().getCount();
    }
}
