/**
 * The {@code Device} aggregate and the controls that change it: {@code DeviceRegistry} (admins,
 * through {@code api.Devices}), {@code DeviceCredentialVault} (enrollment and token checks, through
 * {@code api.DeviceCredentials}), {@code OwnDevice} (the device itself). {@code DeviceStore} holds
 * the finders and turns unique-constraint races into 409 answers; {@code DeviceQuery} builds
 * filtered, keyset-paged queries; {@code DeviceFields} checks and normalizes input.
 *
 * <p>Every change is audited in its own transaction; reported info is not (devices report often and
 * it is not a decision anyone made).
 */
package dev.muster.devices.registry;
