/**
 * What other modules (the console) may use of enrollment: managing enrollment codes and
 * provisioning keys. Enrolling and device tokens are HTTP endpoints of this module, not an API.
 */
package dev.muster.tokens.api;
