package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceCredentials;
import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceLimits;
import dev.muster.devices.api.DeviceStatus;
import dev.muster.devices.api.DeviceView;
import dev.muster.devices.api.SshKeyView;
import dev.muster.devices.presence.DevicePresence;
import dev.muster.platform.tenancy.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A device of one tenant: its identity (id and key, both stable for life), the admin-owned fields
 * (name, type, group, tags, notes, attributes), its credential and what it reports about itself.
 *
 * <p>Invariants: the key never changes; the name is unique in the tenant case-insensitively
 * ({@code nameKey}); a REVOKED device never becomes ACTIVE again; only an ACTIVE device has a
 * secret, and every change of credentials (enrollment, rotation, reset, revocation) increments the
 * credential generation, so tokens issued for an older generation stop working at once.
 */
@Entity
@Table(name = "device")
public class Device extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "device_key", nullable = false, updatable = false, length = DeviceLimits.KEY)
    private String key;

    @Column(name = "name", length = DeviceLimits.NAME)
    private String name;

    @Column(name = "name_key", length = DeviceLimits.NAME)
    private String nameKey;

    @Column(name = "sort_key", nullable = false, length = DeviceLimits.KEY)
    private String sortKey;

    @Column(name = "device_type", length = DeviceLimits.TYPE)
    private String type;

    @Column(name = "group_name", length = DeviceLimits.GROUP)
    private String group;

    @Column(name = "notes", length = DeviceLimits.NOTES)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "device_tag", joinColumns = @JoinColumn(name = "device_id"))
    @MapKeyColumn(name = "tag_key", length = DeviceLimits.TAG_KEY)
    @Column(name = "tag_value", nullable = false, length = DeviceLimits.TAG_VALUE)
    @BatchSize(size = 200)
    private Map<String, String> tags = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "device_attribute", joinColumns = @JoinColumn(name = "device_id"))
    @MapKeyColumn(name = "attr_name", length = DeviceLimits.TAG_KEY)
    @Column(name = "attr_value", nullable = false, length = DeviceLimits.ATTRIBUTE_VALUE)
    @BatchSize(size = 200)
    private Map<String, String> attributes = new TreeMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeviceStatus status;

    @Column(name = "secret_digest", length = 64)
    private String secretDigest;

    @Column(name = "credential_generation", nullable = false)
    private long credentialGeneration;

    @Column(name = "credentials_issued_at")
    private Instant credentialsIssuedAt;

    @Column(name = "enrolled_via", length = 80)
    private String enrolledVia;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Embedded
    private ReportedInfo info = new ReportedInfo();

    @Embedded
    private DeviceSshKey sshKey = DeviceSshKey.none();

    /** Read here, written only by the presence package (batched last-seen updates, compare-and-set transitions). */
    @OneToOne(fetch = FetchType.EAGER)
    @PrimaryKeyJoinColumn
    private DevicePresence presence;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Device() {
    }

    /** A new device of {@code tenant} (set explicitly: enrollment runs across tenants). */
    Device(UUID tenant, String key, Instant now) {
        this.id = UUID.randomUUID();
        assignTenant(tenant);
        this.key = key;
        this.sortKey = DeviceFields.sortKey(null, key);
        this.status = DeviceStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() { return id; }
    String key() { return key; }
    String name() { return name; }
    String type() { return type; }
    String group() { return group; }
    DeviceStatus status() { return status; }
    String secretDigest() { return secretDigest; }
    long credentialGeneration() { return credentialGeneration; }
    long version() { return version; }
    Map<String, String> tags() { return tags; }
    DeviceSshKey sshKey() { return sshKey == null ? DeviceSshKey.none() : sshKey; }
    ReportedInfo info() { return info == null ? new ReportedInfo() : info; }

    String sortKeyValue() { return sortKey; }
    String typeKey() { return type == null ? "" : type.toLowerCase(java.util.Locale.ROOT); }
    Instant createdAt() { return createdAt; }

    String label() {
        return name != null ? name : key;
    }

    void rename(String newName, Instant now) {
        this.name = newName;
        this.nameKey = newName == null ? null : DeviceFields.nameKey(newName);
        this.sortKey = DeviceFields.sortKey(newName, key);
        touch(now);
    }

    void classify(String newType, String newGroup, Instant now) {
        this.type = newType;
        this.group = newGroup;
        touch(now);
    }

    void moveTo(String newGroup, Instant now) {
        this.group = newGroup;
        touch(now);
    }

    void describe(String newNotes, Instant now) {
        this.notes = newNotes;
        touch(now);
    }

    void replaceTags(Map<String, String> newTags, Instant now) {
        tags.clear();
        tags.putAll(newTags);
        touch(now);
    }

    void tag(String tagKey, String value, Instant now) {
        tags.put(tagKey, value);
        touch(now);
    }

    void untag(String tagKey, Instant now) {
        tags.remove(tagKey);
        touch(now);
    }

    void replaceAttributes(Map<String, String> newAttributes, Instant now) {
        attributes.clear();
        attributes.putAll(newAttributes);
        touch(now);
    }

    /** New credentials: the old secret and every token of an older generation stop working. */
    void issueCredentials(String newSecretDigest, String via, boolean enrollment, Instant now) {
        if (status == DeviceStatus.REVOKED) {
            throw new IllegalStateException("A revoked device never gets credentials again");
        }
        this.status = DeviceStatus.ACTIVE;
        this.secretDigest = newSecretDigest;
        this.credentialGeneration++;
        this.credentialsIssuedAt = now;
        if (via != null) {
            this.enrolledVia = via;
        }
        if (enrollment) {
            this.enrolledAt = now;
        }
        touch(now);
    }

    void revoke(Instant now) {
        this.status = DeviceStatus.REVOKED;
        this.secretDigest = null;
        this.credentialGeneration++;
        touch(now);
    }

    /** Unprovisioned: credentials and everything the device reported are gone; id and key remain. */
    void reset(Instant now) {
        this.status = DeviceStatus.RESET;
        this.secretDigest = null;
        this.credentialGeneration++;
        this.credentialsIssuedAt = null;
        this.enrolledAt = null;
        this.enrolledVia = null;
        this.info = new ReportedInfo();
        this.sshKey = DeviceSshKey.none();
        touch(now);
    }

    void report(DeviceInfo reported, Instant now) {
        this.info = ReportedInfo.merge(info, reported, now);
        touch(now);
    }

    void publishSshKey(DeviceSshKey key, Instant now) {
        this.sshKey = key;
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    DeviceCredentials.EnrollmentState enrollmentState() {
        return new DeviceCredentials.EnrollmentState(id, status, enrolledVia, enrolledAt);
    }

    DeviceView view() {
        SshKeyView ssh = sshKey().isEmpty() ? null : sshKey().view();
        ReportedInfo reported = info();
        return new DeviceView(id, key, name, type, group, Collections.unmodifiableSortedMap(new TreeMap<>(tags)), notes,
                Collections.unmodifiableSortedMap(new TreeMap<>(attributes)), status, reported.view(), reported.updatedAt(), ssh,
                enrolledVia, enrolledAt, credentialsIssuedAt, createdAt, updatedAt, version,
                presence == null ? null : presence.view());
    }
}
