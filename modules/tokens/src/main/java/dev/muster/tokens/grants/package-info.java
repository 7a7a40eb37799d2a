/** What enrollment codes and provisioning keys share: uses, expiry, revocation, and taking a use atomically. */
package dev.muster.tokens.grants;
