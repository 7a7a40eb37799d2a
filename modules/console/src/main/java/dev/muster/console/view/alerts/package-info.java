/**
 * The alert pages: the inbox ({@code /alerts/index.xhtml}: filters, counts by severity, keyset
 * paging on the server, bulk acknowledge and resolve), one alert with its timeline and actions
 * ({@code /alerts/alert.xhtml}) and the heartbeat rules ({@code /alerts/rules.xhtml}). Members may
 * read them all; the action buttons show for OPERATORs (rules: ADMINs) and the API refuses the rest
 * anyway. Every action is audited by the alerts module and followed by a redirect.
 */
package dev.muster.console.view.alerts;
