/**
 * Alerts devices raise about themselves ({@code POST /api/v1/device/alerts}, device token), custom
 * types only, rate limited per device in each node's memory ({@code muster.alerts.device-per-minute},
 * 10): 429 with Retry-After above it.
 */
package dev.muster.alerts.selfservice;
