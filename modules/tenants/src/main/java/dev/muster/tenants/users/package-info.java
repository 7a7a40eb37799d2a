/**
 * User accounts (global) and memberships (a role in one tenant). Invariant: every tenant keeps at
 * least one OWNER; only an OWNER grants or takes the OWNER role.
 */
package dev.muster.tenants.users;
