/**
 * The application module: assembly and configuration only. It defines the JAX-RS application, the
 * datasource and JMS resources, the persistence unit, health checks and the default configuration,
 * and packages every feature module into the one WAR. No business logic lives here.
 */
package dev.muster.app;
