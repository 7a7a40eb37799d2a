/** Provisioning keys for factory images: 256-bit, shown once, reusable up to a device limit, expiring, revocable. */
package dev.muster.tokens.provisioning;
