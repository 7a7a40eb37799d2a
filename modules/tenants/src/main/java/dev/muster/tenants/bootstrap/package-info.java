/** First-start setup: the platform administrator and the token signing keys. */
package dev.muster.tenants.bootstrap;
