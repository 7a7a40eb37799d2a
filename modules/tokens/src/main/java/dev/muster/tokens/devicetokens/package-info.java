/**
 * Device tokens: issued for a device id and secret (HTTP Basic), verified on every request against
 * the device's status and credential generation, so a revoked, reset or rotated device's tokens stop
 * working at once however long they had left.
 */
package dev.muster.tokens.devicetokens;
