/**
 * Servlet-level pieces shared by the console and the API: client address resolution behind
 * trusted proxies, and security headers on every response.
 */
package dev.muster.platform.web;
