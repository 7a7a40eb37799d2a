/**
 * JMS plumbing every module shares: the names of the connection factory and destinations, and a
 * sender that enlists in the caller's JTA transaction (a message exists exactly when the change
 * that caused it commits) and refuses to send when the container did not enlist its session (see
 * {@code dev.muster.platform.jobs} for the case that taught this).
 */
package dev.muster.platform.messaging;
