package dev.muster.tenants.api;

public enum UserStatus { ACTIVE, DISABLED }
