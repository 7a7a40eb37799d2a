/** Tenants: the catalog (platform administration) and its REST resource. */
package dev.muster.tenants.registry;
