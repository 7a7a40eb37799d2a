/**
 * What other modules, and the two halves of this module, may know about alerts: the notice of an
 * alert's change and the severities.
 */
package dev.muster.alerts.api;
