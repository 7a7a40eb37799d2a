/**
 * What other modules may use of the device registry: {@link dev.muster.devices.api.Devices} for
 * admins' work on the registry, {@link dev.muster.devices.api.DeviceCredentials} for enrollment and
 * device tokens, and the records they exchange. Entities never leave the module.
 */
package dev.muster.devices.api;
