package dev.muster.devices.presence;

import dev.muster.devices.api.DeviceInfo;
import dev.muster.devices.api.DeviceStatus;
import dev.muster.devices.api.Presence;
import dev.muster.devices.api.PresenceReason;
import dev.muster.platform.tenancy.AcrossTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes buffered sightings in one transaction: a JDBC batch of last-seen updates (never moving a
 * last-seen time backwards, so nodes flushing out of order cannot undo each other), a batch of
 * reported-info updates for the devices whose info changed since this node last wrote it, and then
 * the transitions to ONLINE of the devices in the batch that were not online, each exactly once.
 * Revoked or reset devices are not revived by a heartbeat that was accepted just before.
 */
@ApplicationScoped
@Transactional
@AcrossTenants
public class PresenceRecorder {

    private static final int CHUNK = 500;
    /** Transitions to ONLINE per transaction. */
    static final int REVIVALS = 500;
    private static final int MAX_REMEMBERED = 2_000_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PresenceTransitions transitions;

    /** What this node last wrote of each device's reported info, so unchanged info is not written again. */
    private final Map<UUID, DeviceInfo> writtenInfo = new ConcurrentHashMap<>();

    /**
     * Writes one chunk of sightings and the transitions to ONLINE of at most {@link #REVIVALS} of its
     * devices; returns the sightings of the devices it left for a later flush (their last-seen time is
     * written already). Bounding the transitions keeps the transaction, and the row locks it holds
     * against the sweep, short when a whole fleet comes back at once.
     */
    List<Sighting> write(List<Sighting> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        // rows are locked in device id order, as the sweep locks them, so the two cannot deadlock
        List<Sighting> ordered = batch.stream().sorted(Comparator.comparing(Sighting::deviceId)).toList();
        em.unwrap(Session.class).doWork(connection -> {
            updatePresence(connection, ordered);
            updateInfo(connection, ordered);
        });
        return revive(ordered);
    }

    private static void updatePresence(Connection connection, List<Sighting> batch) throws SQLException {
        // what a heartbeat leaves out keeps its last reported value
        try (PreparedStatement update = connection.prepareStatement("update device_presence set last_seen_at = ?, offline_at = ?,"
                + " stale_at = ?, interval_s = coalesce(?, interval_s), clock_skew_ms = coalesce(?, clock_skew_ms),"
                + " skew_flagged = coalesce(?, skew_flagged), uptime_s = coalesce(?, uptime_s),"
                + " battery_percent = coalesce(?, battery_percent), rssi_dbm = coalesce(?, rssi_dbm),"
                + " wifi_bssid = coalesce(?, wifi_bssid), metrics = coalesce(?, metrics), note = coalesce(?, note)"
                + " where device_id = ? and (last_seen_at is null or last_seen_at <= ?)")) {
            for (Sighting s : batch) {
                update.setObject(1, utc(s.seenAt()));
                update.setObject(2, utc(s.offlineAt()));
                update.setObject(3, utc(s.staleAt()));
                setInt(update, 4, s.intervalSeconds());
                setLong(update, 5, s.clockSkewMillis());
                if (s.skewFlagged() == null) {
                    update.setNull(6, Types.BOOLEAN);
                } else {
                    update.setBoolean(6, s.skewFlagged());
                }
                setLong(update, 7, s.uptimeSeconds());
                setInt(update, 8, s.batteryPercent());
                setInt(update, 9, s.rssiDbm());
                update.setString(10, s.wifiBssid());
                update.setString(11, s.metricsJson());
                update.setString(12, s.note());
                update.setObject(13, s.deviceId());
                update.setObject(14, utc(s.seenAt()));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void updateInfo(Connection connection, List<Sighting> batch) throws SQLException {
        if (writtenInfo.size() > MAX_REMEMBERED) {
            writtenInfo.clear();
        }
        Map<UUID, Sighting> changed = new LinkedHashMap<>();
        for (Sighting s : batch) {
            if (!s.info().equals(DeviceInfo.NONE) && !Objects.equals(writtenInfo.get(s.deviceId()), s.info())) {
                changed.put(s.deviceId(), s);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update device set hostname = coalesce(?, hostname),"
                + " os = coalesce(?, os), os_version = coalesce(?, os_version), architecture = coalesce(?, architecture),"
                + " agent_version = coalesce(?, agent_version), mac = coalesce(?, mac), lan_ip = coalesce(?, lan_ip),"
                + " public_ip = coalesce(?, public_ip), info_updated_at = ? where id = ?")) {
            for (Sighting s : changed.values()) {
                DeviceInfo info = s.info();
                update.setString(1, info.hostname());
                update.setString(2, info.os());
                update.setString(3, info.osVersion());
                update.setString(4, info.architecture());
                update.setString(5, info.agentVersion());
                update.setString(6, info.mac());
                update.setString(7, info.lanIp());
                update.setString(8, info.publicIp());
                update.setObject(9, utc(s.seenAt()));
                update.setObject(10, s.deviceId());
                update.addBatch();
            }
            update.executeBatch();
        }
        changed.forEach((device, s) -> writtenInfo.put(device, s.info()));
    }

    private List<Sighting> revive(List<Sighting> batch) {
        Map<UUID, Sighting> byDevice = new TreeMap<>();
        batch.forEach(s -> byDevice.put(s.deviceId(), s));
        List<UUID> ids = List.copyOf(byDevice.keySet());
        List<Sighting> later = new ArrayList<>();
        int revived = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Object[]> silent = em.createQuery("select p.deviceId, p.state from DevicePresence p, Device d"
                            + " where p.deviceId in :ids and p.state <> :online and d.id = p.deviceId and d.status = :active", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setParameter("online", Presence.ONLINE).setParameter("active", DeviceStatus.ACTIVE)
                    .getResultList();
            for (Object[] row : silent) {
                Sighting s = byDevice.get((UUID) row[0]);
                if (revived++ < REVIVALS) {
                    transitions.apply(s.deviceId(), s.tenantId(), (Presence) row[1], Presence.ONLINE, PresenceReason.HEARTBEAT, s.seenAt());
                } else {
                    later.add(s);
                }
            }
        }
        return later;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
