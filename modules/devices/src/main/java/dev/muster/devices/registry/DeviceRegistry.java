package dev.muster.devices.registry;

import dev.muster.devices.api.BulkAction;
import dev.muster.devices.api.BulkRequest;
import dev.muster.devices.api.BulkResult;
import dev.muster.devices.api.CreatedDevice;
import dev.muster.devices.api.DeviceChanges;
import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.DeviceLimits;
import dev.muster.devices.api.DeviceList;
import dev.muster.devices.api.DeviceStatus;
import dev.muster.devices.api.DeviceView;
import dev.muster.devices.api.FleetHistory;
import dev.muster.devices.api.FleetSummary;
import dev.muster.devices.api.FleetWindow;
import dev.muster.devices.api.Devices;
import dev.muster.devices.api.NewDevice;
import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceChanged;
import dev.muster.devices.api.PresenceHistory;
import dev.muster.devices.api.PresenceMark;
import dev.muster.devices.api.PresenceReason;
import dev.muster.devices.api.PresenceView;
import dev.muster.devices.api.SshExportFormat;
import dev.muster.devices.presence.Fleet;
import dev.muster.devices.presence.PresenceLog;
import dev.muster.devices.presence.PresenceTransitions;
import dev.muster.devices.sshkeys.InvalidSshKeyException;
import dev.muster.devices.sshkeys.SshHostKeys;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.crypto.SecretDigests;
import dev.muster.platform.crypto.Secrets;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Authorized;
import dev.muster.platform.security.CallerContext;
import dev.muster.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The registry of the caller's tenant. Every change is audited in the same transaction; every
 * change of credentials bumps the device's credential generation, which is what makes old secrets
 * and tokens stop working at once.
 */
@ApplicationScoped
@Transactional
public class DeviceRegistry implements Devices {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    SecretDigests digests;

    @Inject
    Clock clock;

    @Inject
    DeviceStore store;

    @Inject
    CredentialCache credentials;

    @Inject
    PresenceTransitions presence;

    @Inject
    PresenceLog presenceLog;

    @Inject
    Fleet fleet;

    @Override
    @Authorized(Role.ADMIN)
    public CreatedDevice preRegister(NewDevice request) {
        if (request == null) {
            throw MusterException.invalid("device", "must not be null");
        }
        DeviceFields fields = new DeviceFields();
        String key = fields.key("key", request.key());
        String name = fields.line("name", request.name(), DeviceLimits.NAME);
        String type = fields.line("type", request.type(), DeviceLimits.TYPE);
        String group = fields.line("group", request.group(), DeviceLimits.GROUP);
        String notes = fields.paragraph("notes", request.notes(), DeviceLimits.NOTES);
        var tags = fields.labels("tags", request.tags(), DeviceLimits.TAGS, DeviceLimits.TAG_VALUE);
        var attributes = fields.labels("attributes", request.attributes(), DeviceLimits.ATTRIBUTES, DeviceLimits.ATTRIBUTE_VALUE);
        fields.verify();
        Instant now = clock.instant();
        Device device = new Device(callers.caller().tenantId(), key == null ? store.newKey() : key, now);
        store.requireFreeKey(device.tenantId(), device.key());
        if (name != null) {
            store.requireFreeName(device.tenantId(), name, null);
            device.rename(name, now);
        }
        device.classify(type, group, now);
        device.describe(notes, now);
        if (tags != null) {
            device.replaceTags(tags, now);
        }
        if (attributes != null) {
            device.replaceAttributes(attributes, now);
        }
        String secret = Secrets.token();
        device.issueCredentials(digests.digest(secret), "pre-registered", false, now);
        store.persist(device, now);
        audit.record("device.pre-registered", "device", device.id(), device.label() + " (" + device.key() + ")");
        return new CreatedDevice(device.view(), secret);
    }

    @Override
    @Authorized(Role.VIEWER)
    public DeviceList list(DeviceFilter filter, DeviceFilter.Sort sort, boolean descending, String after, int limit) {
        DeviceFilter effective = filter == null ? DeviceFilter.ALL : filter;
        DeviceFilter.Sort order = sort == null ? DeviceFilter.Sort.NAME : sort;
        int size = new PageRequest(0, limit).limit();
        DeviceQuery query = new DeviceQuery(effective);
        List<Device> rows = query.page(em, order, descending, after, size);
        boolean more = rows.size() > size;
        List<Device> page = more ? rows.subList(0, size) : rows;
        String next = more ? DeviceQuery.cursorAfter(page.get(page.size() - 1), order) : null;
        return new DeviceList(page.stream().map(Device::view).toList(), query.count(em), next);
    }

    @Override
    @Authorized(Role.VIEWER)
    public DeviceView get(UUID id) {
        return store.find(id).view();
    }

    @Override
    @Authorized(Role.VIEWER)
    public FleetSummary fleet() {
        return fleet.summary();
    }

    @Override
    @Authorized(Role.VIEWER)
    public FleetHistory fleetHistory(FleetWindow window) {
        if (window == null) {
            throw MusterException.invalid("window", "must be one of 24h, 7d, 30d");
        }
        return fleet.history(window);
    }

    @Override
    @Authorized(Role.VIEWER)
    public PresenceHistory presence(UUID id, PageRequest page) {
        store.find(id);
        return presenceLog.of(id, page);
    }

    @Override
    @Authorized(Role.OPERATOR)
    public PresenceView markPresence(UUID id, PresenceMark mark) {
        DeviceFields fields = new DeviceFields();
        Presence state = manualState(mark == null ? null : mark.state());
        if (state == null) {
            fields.fail("state", "must be OFFLINE or STALE");
        }
        String note = fields.line("note", mark == null ? null : mark.note(), PresenceMark.NOTE);
        fields.verify();
        Device device = store.find(id);
        PresenceChanged change = presence.mark(id, device.tenantId(), state, clock.instant());
        audit.record("device.presence-marked", "device", id, device.label() + ": " + change.from() + " → " + change.to()
                + (note == null ? "" : " (" + note + ")"));
        return presenceLog.current(id);
    }

    /** OFFLINE or STALE, in any case; null for anything else. */
    private static Presence manualState(String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return name.equals(Presence.OFFLINE.name()) ? Presence.OFFLINE : name.equals(Presence.STALE.name()) ? Presence.STALE : null;
    }

    @Override
    @Authorized(Role.OPERATOR)
    public DeviceView update(UUID id, DeviceChanges changes, long expectedVersion) {
        if (changes == null) {
            throw MusterException.invalid("changes", "must not be null");
        }
        Device device = store.find(id);
        if (device.version() != expectedVersion) {
            throw new MusterException(ErrorCode.PRECONDITION_FAILED, "The device was changed by someone else; reload and try again");
        }
        DeviceFields fields = new DeviceFields();
        String name = fields.line("name", changes.name(), DeviceLimits.NAME);
        String type = fields.line("type", changes.type(), DeviceLimits.TYPE);
        String group = fields.line("group", changes.group(), DeviceLimits.GROUP);
        String notes = fields.paragraph("notes", changes.notes(), DeviceLimits.NOTES);
        var tags = fields.labels("tags", changes.tags(), DeviceLimits.TAGS, DeviceLimits.TAG_VALUE);
        var attributes = fields.labels("attributes", changes.attributes(), DeviceLimits.ATTRIBUTES, DeviceLimits.ATTRIBUTE_VALUE);
        fields.verify();
        Instant now = clock.instant();
        DeviceView before = device.view();
        if (changes.name() != null) {
            if (name != null) {
                store.requireFreeName(device.tenantId(), name, device.id());
            }
            device.rename(name, now);
        }
        if (changes.type() != null || changes.group() != null) {
            device.classify(changes.type() != null ? type : before.type(), changes.group() != null ? group : before.group(), now);
        }
        if (changes.notes() != null) {
            device.describe(notes, now);
        }
        if (tags != null) {
            device.replaceTags(tags, now);
        }
        if (attributes != null) {
            device.replaceAttributes(attributes, now);
        }
        store.flush();
        audit.record("device.updated", "device", id, Changes.describe(before, device.view()));
        return device.view();
    }

    @Override
    @Authorized(Role.ADMIN)
    public DeviceView revoke(UUID id) {
        Device device = store.find(id);
        if (device.status() != DeviceStatus.REVOKED) {
            device.revoke(clock.instant());
            credentials.changed(id);
            audit.record("device.revoked", "device", id, device.label());
            store.flush();
            presence.applyFrom(Set.of(Presence.ONLINE), id, device.tenantId(), Presence.OFFLINE, PresenceReason.REVOKED, clock.instant());
        }
        return device.view();
    }

    @Override
    @Authorized(Role.ADMIN)
    public DeviceView reset(UUID id) {
        Device device = store.find(id);
        requireNotRevoked(device);
        device.reset(clock.instant());
        credentials.changed(id);
        audit.record("device.reset", "device", id, device.label() + ": credentials and reported info cleared");
        store.flush();
        presence.applyFrom(EnumSet.of(Presence.ONLINE, Presence.OFFLINE, Presence.STALE), id, device.tenantId(), Presence.NEVER_SEEN,
                PresenceReason.RESET, clock.instant());
        return device.view();
    }

    @Override
    @Authorized(Role.ADMIN)
    public CreatedDevice rotateSecret(UUID id) {
        Device device = store.find(id);
        requireNotRevoked(device);
        String secret = Secrets.token();
        device.issueCredentials(digests.digest(secret), null, false, clock.instant());
        credentials.changed(id);
        audit.record("device.secret-rotated", "device", id, device.label());
        store.flush();
        return new CreatedDevice(device.view(), secret);
    }

    @Override
    @Authorized(Role.ADMIN)
    public void delete(UUID id) {
        Device device = store.find(id);
        audit.record("device.deleted", "device", id, device.label() + " (" + device.key() + ")");
        credentials.changed(id);
        em.remove(device);
    }

    @Override
    @Authorized(Role.OPERATOR)
    public BulkResult bulk(BulkRequest request) {
        if (request == null || request.action() == null) {
            throw MusterException.invalid("action", "must be one of TAG, UNTAG, MOVE_GROUP, REVOKE, DELETE");
        }
        BulkAction action = request.action();
        if ((action == BulkAction.REVOKE || action == BulkAction.DELETE) && !callers.caller().has(Role.ADMIN)) {
            throw MusterException.forbidden();
        }
        DeviceFields fields = new DeviceFields();
        String tagKey = null;
        String tagValue = null;
        String group = null;
        switch (action) {
            case TAG -> {
                tagKey = fields.label("tagKey", request.tagKey());
                tagValue = fields.line("tagValue", request.tagValue() == null ? "" : request.tagValue(), DeviceLimits.TAG_VALUE);
            }
            case UNTAG -> tagKey = fields.label("tagKey", request.tagKey());
            case MOVE_GROUP -> group = fields.line("group", request.group(), DeviceLimits.GROUP);
            default -> {
            }
        }
        if (request.ids() == null && (request.filter() == null || request.filter().isEmpty()) && !request.preview()) {
            fields.fail("filter", "give ids or a filter; to act on every device, preview first and filter by status");
        }
        if (request.ids() != null && request.ids().size() > BulkRequest.MAX_DEVICES) {
            fields.fail("ids", "at most " + BulkRequest.MAX_DEVICES + " devices at once");
        }
        fields.verify();
        List<Device> devices = request.ids() != null ? store.findAll(request.ids())
                : new DeviceQuery(request.filter() == null ? DeviceFilter.ALL : request.filter()).all(em, BulkRequest.MAX_DEVICES + 1);
        if (devices.size() > BulkRequest.MAX_DEVICES) {
            throw new MusterException(ErrorCode.VALIDATION_FAILED, "The filter matches more than " + BulkRequest.MAX_DEVICES
                    + " devices; narrow it", List.of(new dev.muster.platform.errors.FieldError("filter", "matches too many devices")), null);
        }
        if (request.preview()) {
            return new BulkResult(action, devices.size(), 0, true);
        }
        Instant now = clock.instant();
        long changed = 0;
        for (Device device : devices) {
            boolean didChange = switch (action) {
                case TAG -> {
                    boolean differs = !tagValue.equals(device.tags().get(tagKey));
                    if (differs) {
                        requireRoomForTag(device, tagKey);
                        device.tag(tagKey, tagValue, now);
                    }
                    yield differs;
                }
                case UNTAG -> {
                    boolean present = device.tags().containsKey(tagKey);
                    if (present) {
                        device.untag(tagKey, now);
                    }
                    yield present;
                }
                case MOVE_GROUP -> {
                    boolean differs = !java.util.Objects.equals(group, device.group());
                    if (differs) {
                        device.moveTo(group, now);
                    }
                    yield differs;
                }
                case REVOKE -> {
                    boolean active = device.status() != DeviceStatus.REVOKED;
                    if (active) {
                        device.revoke(now);
                        credentials.changed(device.id());
                        presence.applyFrom(Set.of(Presence.ONLINE), device.id(), device.tenantId(), Presence.OFFLINE,
                                PresenceReason.REVOKED, now);
                    }
                    yield active;
                }
                case DELETE -> {
                    credentials.changed(device.id());
                    em.remove(device);
                    yield true;
                }
            };
            if (didChange) {
                changed++;
                audit.record("device.bulk-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'), "device", device.id(),
                        device.label() + bulkSummary(action, tagKey, tagValue, group));
            }
        }
        return new BulkResult(action, devices.size(), changed, false);
    }

    private static String bulkSummary(BulkAction action, String tagKey, String tagValue, String group) {
        return switch (action) {
            case TAG -> ": tag " + tagKey + "=" + tagValue;
            case UNTAG -> ": untag " + tagKey;
            case MOVE_GROUP -> ": group " + (group == null ? "(none)" : group);
            default -> "";
        };
    }

    private static void requireRoomForTag(Device device, String tagKey) {
        if (!device.tags().containsKey(tagKey) && device.tags().size() >= DeviceLimits.TAGS) {
            throw MusterException.invalid("tagKey", device.label() + " already has " + DeviceLimits.TAGS + " tags");
        }
    }

    @Override
    @Authorized(Role.OPERATOR)
    public String exportSshKeys(DeviceFilter filter, SshExportFormat format) {
        SshExportFormat effective = format == null ? SshExportFormat.AUTHORIZED_KEYS : format;
        List<Device> devices = new DeviceQuery(filter == null ? DeviceFilter.ALL : filter).all(em, BulkRequest.MAX_DEVICES);
        audit.record("device.ssh-keys-exported", "device", null, devices.size() + " devices as " + effective);
        return devices.stream()
                .filter(d -> d.status() == DeviceStatus.ACTIVE && !d.sshKey().isEmpty())
                .map(d -> switch (effective) {
                    case AUTHORIZED_KEYS -> d.sshKey().publicKey() + " " + d.key() + "\n";
                    case KNOWN_HOSTS -> knownHostsNames(d) + " " + d.sshKey().publicKey() + "\n";
                })
                .collect(Collectors.joining());
    }

    private static String knownHostsNames(Device device) {
        var info = device.info().view();
        StringBuilder names = new StringBuilder();
        if (info.hostname() != null && !info.hostname().contains(" ")) {
            names.append(info.hostname()).append(',');
        }
        names.append(device.key());
        if (info.lanIp() != null) {
            names.append(',').append(info.lanIp());
        }
        return names.toString();
    }

    @Override
    @Authorized(Role.VIEWER)
    public String sshHostKeys() {
        return store.hostKeys().map(SshHostKeySet::text).orElse("");
    }

    @Override
    @Authorized(Role.ADMIN)
    public String replaceSshHostKeys(String text) {
        var existing = store.hostKeys();
        if (text == null || text.isBlank()) {
            existing.ifPresent(em::remove);
            audit.record("ssh-host-keys.removed", "tenant", callers.caller().tenantId(), "SSH host keys removed");
            return "";
        }
        SshHostKeys keys;
        try {
            keys = SshHostKeys.parse(text);
        } catch (InvalidSshKeyException e) {
            throw MusterException.invalid("hostKeys", e.getMessage());
        }
        Instant now = clock.instant();
        SshHostKeySet set = existing.orElseGet(() -> {
            SshHostKeySet created = new SshHostKeySet(now);
            em.persist(created);
            return created;
        });
        set.replace(keys.text(), callers.caller().name(), now);
        audit.record("ssh-host-keys.replaced", "tenant", callers.caller().tenantId(), keys.keys().size() + " host keys");
        return keys.text();
    }

    private static void requireNotRevoked(Device device) {
        if (device.status() == DeviceStatus.REVOKED) {
            throw new MusterException(ErrorCode.CONFLICT, "The device is revoked; revocation is permanent");
        }
    }
}
