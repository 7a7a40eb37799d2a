package dev.muster.alerts.lifecycle;

import dev.muster.alerts.api.AlertFilter;
import dev.muster.alerts.api.AlertStatus;
import dev.muster.alerts.api.Severity;
import dev.muster.platform.errors.MusterException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The JPQL of alert lists and bulk actions from an {@link AlertFilter}, newest last occurrence first
 * with keyset pagination: the cursor is the last alert's occurrence time and id, so a page never
 * skips or repeats an alert when alerts are raised meanwhile. The tenant condition is not here:
 * Hibernate adds it to every query.
 */
final class AlertQuery {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    AlertQuery(AlertFilter filter) {
        if (filter.status() != null) {
            condition("a.status = :status", "status", filter.status());
        }
        if (Boolean.TRUE.equals(filter.unresolved())) {
            condition("a.status <> :resolved", "resolved", AlertStatus.RESOLVED);
        }
        if (filter.severity() != null) {
            condition("a.severity = :severity", "severity", filter.severity());
        }
        if (filter.type() != null) {
            condition("a.type = :type", "type", filter.type());
        }
        if (filter.deviceId() != null) {
            condition("a.deviceId = :device", "device", filter.deviceId());
        }
        if (filter.group() != null) {
            condition("lower(a.deviceGroup) = :group", "group", filter.group().toLowerCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            condition("a.lastOccurredAt >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            condition("a.lastOccurredAt < :to", "to", filter.to());
        }
    }

    private void condition(String jpql, String name, Object value) {
        where.append(" and ").append(jpql);
        parameters.put(name, value);
    }

    long count(EntityManager em) {
        return bind(em.createQuery("select count(a) from Alert a" + where, Long.class)).getSingleResult();
    }

    /** Matching alerts per severity, every severity present. */
    Map<Severity, Long> countsBySeverity(EntityManager em) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        bind(em.createQuery("select a.severity, count(a) from Alert a" + where + " group by a.severity", Object[].class))
                .getResultStream().forEach(row -> counts.put((Severity) row[0], (Long) row[1]));
        return counts;
    }

    /** Every matching alert, at most {@code limit}, newest first, locked for a bulk action. */
    List<Alert> all(EntityManager em, int limit) {
        return bind(em.createQuery("select a from Alert a" + where + " order by a.lastOccurredAt desc, a.id desc", Alert.class))
                .setMaxResults(limit).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** A page after {@code after}, one more than {@code limit} to tell whether a next page exists. */
    List<Alert> page(EntityManager em, String after, int limit) {
        StringBuilder jpql = new StringBuilder("select a from Alert a").append(where);
        TypedQuery<Alert> query;
        if (after != null && !after.isBlank()) {
            Cursor cursor = Cursor.decode(after);
            jpql.append(" and (a.lastOccurredAt < :afterAt or (a.lastOccurredAt = :afterAt and a.id < :afterId))");
            query = bind(em.createQuery(jpql + " order by a.lastOccurredAt desc, a.id desc", Alert.class))
                    .setParameter("afterAt", cursor.at()).setParameter("afterId", cursor.id());
        } else {
            query = bind(em.createQuery(jpql + " order by a.lastOccurredAt desc, a.id desc", Alert.class));
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    static String cursorAfter(Alert last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((last.lastOccurredAt() + "\n" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private record Cursor(Instant at, UUID id) {

        static Cursor decode(String encoded) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
                int newline = text.lastIndexOf('\n');
                return new Cursor(Instant.parse(text.substring(0, newline)), UUID.fromString(text.substring(newline + 1)));
            } catch (RuntimeException e) {
                throw MusterException.invalid("after", "is not a cursor from this list");
            }
        }
    }
}
