/**
 * What other modules, and the two halves of this module, may know about alerts: the notice of an
 * alert's change, the severities, and acknowledgement for the acknowledge link.
 */
package dev.muster.alerts.api;
