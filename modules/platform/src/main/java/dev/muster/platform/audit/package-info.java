/**
 * The audit log: every state change in Muster calls
 * {@link dev.muster.platform.audit.AuditTrail#record} inside its own transaction. There is no
 * update or delete path for entries anywhere in the product.
 */
package dev.muster.platform.audit;
