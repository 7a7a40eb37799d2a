package dev.muster.tokens.codes;

import dev.muster.tokens.api.EnrollmentCodeView;
import dev.muster.tokens.api.EnrollmentUse;
import dev.muster.tokens.grants.EnrollmentGrant;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A one-time (or N-time) enrollment code of a tenant. Only the keyed digest of the code is stored:
 * it finds the row with one indexed lookup and reveals nothing without the server's key.
 *
 * <p>A code may be bound to a device key, name, type, group and tags, which the device that
 * enrolls with it gets; a code bound to a key may re-enroll that device, replacing its credentials.
 */
@Entity
@Table(name = "enrollment_code")
public class EnrollmentCode extends EnrollmentGrant {

    @Column(name = "code_digest", nullable = false, updatable = false, length = 64)
    private String digest;

    @Column(name = "device_key", updatable = false, length = 128)
    private String deviceKey;

    @Column(name = "device_name", updatable = false, length = 100)
    private String deviceName;

    @Column(name = "device_type", updatable = false, length = 40)
    private String deviceType;

    @Column(name = "group_name", updatable = false, length = 80)
    private String group;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrollment_code_tag", joinColumns = @JoinColumn(name = "code_id"))
    @MapKeyColumn(name = "tag_key", length = 40)
    @Column(name = "tag_value", nullable = false, length = 100)
    @BatchSize(size = 100)
    private Map<String, String> tags = new TreeMap<>();

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    protected EnrollmentCode() {
    }

    EnrollmentCode(String digest, int maxUses, Instant expiresAt, Binding binding, String note, String createdBy, Instant now) {
        super(maxUses, expiresAt, createdBy, now);
        this.digest = digest;
        this.deviceKey = binding.deviceKey();
        this.deviceName = binding.deviceName();
        this.deviceType = binding.deviceType();
        this.group = binding.group();
        this.tags.putAll(binding.tags());
        this.note = note;
    }

    /** What a code gives the device that enrolls with it. */
    public record Binding(String deviceKey, String deviceName, String deviceType, String group, Map<String, String> tags) {
    }

    public Binding binding() {
        return new Binding(deviceKey, deviceName, deviceType, group, Map.copyOf(tags));
    }

    EnrollmentCodeView view(Instant now, List<EnrollmentUse> enrollments) {
        return new EnrollmentCodeView(id(), status(now), maxUses(), uses(), expiresAt(), revokedAt(), deviceKey, deviceName,
                deviceType, group, Collections.unmodifiableSortedMap(new TreeMap<>(tags)), note, createdBy(), createdAt(),
                lastUsedAt(), enrollments);
    }
}
