/**
 * JMS plumbing every module shares: the names of the connection factory and destinations, and a
 * sender that enlists in the caller's JTA transaction (a message exists exactly when the change
 * that caused it commits).
 */
package dev.muster.platform.messaging;
