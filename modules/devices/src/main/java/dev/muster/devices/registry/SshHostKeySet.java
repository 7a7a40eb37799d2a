package dev.muster.devices.registry;

import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The SSH host keys a tenant's devices should trust, in ssh-keyscan format. At most one per tenant. */
@Entity
@Table(name = "ssh_host_keys")
public class SshHostKeySet extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "keys_text", nullable = false, length = 65_536)
    private String text;

    @Column(name = "updated_by", nullable = false, length = 320)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SshHostKeySet() {
    }

    SshHostKeySet(Instant now) {
        this.id = UUID.randomUUID();
        this.text = "";
        this.updatedBy = "";
        this.updatedAt = now;
    }

    String text() {
        return text;
    }

    void replace(String newText, String by, Instant now) {
        this.text = newText;
        this.updatedBy = by;
        this.updatedAt = now;
    }
}
