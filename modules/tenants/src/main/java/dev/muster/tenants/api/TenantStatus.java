package dev.muster.tenants.api;

/** A suspended tenant keeps all its data but its users and devices are refused. */
public enum TenantStatus { ACTIVE, SUSPENDED }
