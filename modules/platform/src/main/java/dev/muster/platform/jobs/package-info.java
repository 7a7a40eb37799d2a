/**
 * What the timer beans ({@code *Jobs}) share: {@code OwnTransactions}, which runs one piece of a
 * timer's work in a transaction of its own, begun by the timer bean through its
 * {@code UserTransaction} (bean-managed transactions).
 * <p>
 * Why not {@code @TransactionAttribute(NOT_SUPPORTED)} on the timer bean and {@code @Transactional}
 * controls: Payara enlists a JCA connection (the JMS adapter's) in the transaction of the current
 * component invocation. For an EJB that is the transaction its container or its
 * {@code UserTransaction} began; one begun by the CDI interceptor inside an EJB invocation without
 * a transaction is not registered there, so the JMS session stayed out of it and its messages were
 * sent at once, one synchronous persistent send each, whatever became of the transaction. JDBC
 * connections were enlisted; messages were not. Controls keep their {@code @Transactional}: they
 * join the timer's transaction.
 */
package dev.muster.platform.jobs;
