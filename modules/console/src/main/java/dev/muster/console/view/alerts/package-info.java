/**
 * The alert pages: the inbox ({@code /alerts/index.xhtml}: filters, counts by severity, keyset
 * paging on the server, bulk acknowledge and resolve), one alert with its timeline and actions
 * ({@code /alerts/alert.xhtml}), the heartbeat rules ({@code /alerts/rules.xhtml}) and the page an
 * acknowledge link from a mail or Slack message lands on ({@code /alerts/acknowledge.xhtml}, open to
 * any signed-in user: it checks the link and the user's membership in the alert's tenant itself,
 * switching to that tenant; the token never leaves the URL fragment, the tab's sessionStorage and
 * the form). Members may
 * read them all; the action buttons show for OPERATORs (rules: ADMINs) and the API refuses the rest
 * anyway. Every action is audited by the alerts module and followed by a redirect.
 */
package dev.muster.console.view.alerts;
