package dev.muster.devices.api;

/** Text formats for exporting devices' SSH public keys. */
public enum SshExportFormat {
    AUTHORIZED_KEYS, KNOWN_HOSTS
}
