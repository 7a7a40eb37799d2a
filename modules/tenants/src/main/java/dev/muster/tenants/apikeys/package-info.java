/** API keys per tenant for machine-to-machine calls: shown once, stored as a digest, revocable. */
package dev.muster.tenants.apikeys;
