package dev.muster.devices.selfservice;

import dev.muster.devices.api.DeviceConfig;
import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceView;
import dev.muster.devices.api.SshKeyView;
import dev.muster.devices.registry.OwnDevice;
import dev.muster.platform.errors.MusterException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A device's own record, for the device itself with its device token. */
@Path("device")
@RequestScoped
@Tag(name = "Device self-service")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceSelfResource {

    @Inject
    OwnDevice self;

    @GET
    @Operation(summary = "The calling device's own record")
    public DeviceView me() {
        return self.me();
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Report hostname, OS, addresses and the like; absent fields stay as they are")
    public DeviceView report(@NotNull DeviceInfo info) {
        return self.report(info);
    }

    @PUT
    @Path("ssh-key")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Publish the device's SSH public key (one OpenSSH line: ed25519, ECDSA or RSA of 2048 bits or more)")
    public SshKeyView publishSshKeyText(String line) {
        return self.publishSshKey(line);
    }

    @PUT
    @Path("ssh-key")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the device's SSH public key as {\"publicKey\": \"ssh-ed25519 AAAA… comment\"}")
    public SshKeyView publishSshKeyJson(@NotNull JsonObject body) {
        if (!(body.get("publicKey") instanceof JsonString key)) {
            throw MusterException.invalid("publicKey", "must be a string holding one OpenSSH public key line");
        }
        return self.publishSshKey(key.getString());
    }

    @DELETE
    @Path("ssh-key")
    @Operation(summary = "Withdraw the device's SSH public key")
    public Response removeSshKey() {
        self.removeSshKey();
        return Response.noContent().build();
    }

    @GET
    @Path("config")
    @Operation(summary = "Same as GET /config")
    public DeviceConfig config() {
        return self.config();
    }
}
