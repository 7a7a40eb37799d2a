/**
 * Endpoints for devices, authenticated by their device token: their own record and reported info,
 * their SSH public key, and {@code /config}. Users and API keys are refused here, as devices are
 * everywhere else.
 */
package dev.muster.devices.selfservice;
