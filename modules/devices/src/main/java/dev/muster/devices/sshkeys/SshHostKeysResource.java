package dev.muster.devices.sshkeys;

import dev.muster.devices.api.Devices;
import dev.muster.devices.registry.OwnDevice;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The SSH host keys a tenant's devices should trust (for example those of a bastion the devices
 * open tunnels to), in ssh-keyscan format: devices read them with their token, admins set them.
 */
@Path("ssh-hostkey")
@RequestScoped
@Tag(name = "SSH host keys")
@Produces(MediaType.TEXT_PLAIN)
public class SshHostKeysResource {

    @Inject
    CallerContext callers;

    @Inject
    OwnDevice self;

    @Inject
    Devices devices;

    @GET
    @Operation(summary = "The SSH host keys, one `host type key` line each (ssh-keyscan format); empty when none are set")
    public String hostKeys() {
        return callers.caller().kind() == Caller.Kind.DEVICE ? self.sshHostKeys() : devices.sshHostKeys();
    }

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Replace the SSH host keys (ADMIN); an empty body removes them")
    public String replace(String text) {
        return devices.replaceSshHostKeys(text);
    }
}
