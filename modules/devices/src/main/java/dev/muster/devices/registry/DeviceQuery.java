package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.Presence;
import dev.muster.platform.errors.MusterException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the JPQL of device lists, bulk actions and exports from a {@link DeviceFilter}, with
 * keyset pagination: the cursor is the sort value and id of the last device of a page, so the next
 * page starts right after it whatever was added or removed meanwhile. The tenant condition is not
 * here: Hibernate adds it to every query.
 */
final class DeviceQuery {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    DeviceQuery(DeviceFilter filter) {
        if (filter.status() != null) {
            condition("d.status = :status", "status", filter.status());
        }
        if (filter.presence() != null) {
            condition("d.presence.state = :presence", "presence", filter.presence());
        } else {
            condition("d.presence.state <> :hidden", "hidden", Presence.STALE);
        }
        if (filter.type() != null) {
            condition("lower(d.type) = :type", "type", filter.type().toLowerCase(Locale.ROOT));
        }
        if (filter.group() != null) {
            condition("lower(d.group) = :group", "group", filter.group().toLowerCase(Locale.ROOT));
        }
        if (filter.os() != null) {
            condition("lower(d.info.os) = :os", "os", filter.os().toLowerCase(Locale.ROOT));
        }
        if (filter.tag() != null) {
            int equals = filter.tag().indexOf('=');
            String tagKey = equals < 0 ? filter.tag() : filter.tag().substring(0, equals).strip();
            parameters.put("tagKey", tagKey);
            if (equals < 0) {
                where.append(" and exists (select 1 from Device t join t.tags tg where t = d and key(tg) = :tagKey)");
            } else {
                parameters.put("tagValue", filter.tag().substring(equals + 1).strip());
                where.append(" and exists (select 1 from Device t join t.tags tg where t = d and key(tg) = :tagKey and value(tg) = :tagValue)");
            }
        }
        if (filter.text() != null) {
            String pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
            condition("(lower(d.name) like :text escape '!' or lower(d.key) like :text escape '!'"
                    + " or lower(d.info.hostname) like :text escape '!' or lower(d.info.lanIp) like :text escape '!'"
                    + " or lower(d.info.publicIp) like :text escape '!')", "text", pattern);
        }
    }

    private void condition(String jpql, String name, Object value) {
        where.append(" and ").append(jpql);
        parameters.put(name, value);
    }

    long count(EntityManager em) {
        return bind(em.createQuery("select count(d) from Device d" + where, Long.class)).getSingleResult();
    }

    /** Every matching device, at most {@code limit} (bulk actions and exports). */
    List<Device> all(EntityManager em, int limit) {
        return bind(em.createQuery("select d from Device d" + where + " order by d.sortKey, d.id", Device.class))
                .setMaxResults(limit).getResultList();
    }

    /** A page in keyset order, one more than {@code limit} to tell whether a next page exists. */
    List<Device> page(EntityManager em, DeviceFilter.Sort sort, boolean descending, String after, int limit) {
        String expression = expression(sort);
        StringBuilder jpql = new StringBuilder("select d from Device d").append(where);
        Map<String, Object> keyset = new LinkedHashMap<>();
        if (after != null && !after.isBlank()) {
            Cursor cursor = Cursor.decode(after, sort);
            String op = descending ? "<" : ">";
            jpql.append(" and (").append(expression).append(' ').append(op).append(" :afterValue or (")
                    .append(expression).append(" = :afterValue and d.id ").append(op).append(" :afterId))");
            keyset.put("afterValue", cursor.value());
            keyset.put("afterId", cursor.id());
        }
        String direction = descending ? " desc" : " asc";
        jpql.append(" order by ").append(expression).append(direction).append(", d.id").append(direction);
        TypedQuery<Device> query = bind(em.createQuery(jpql.toString(), Device.class));
        keyset.forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    static String cursorAfter(Device last, DeviceFilter.Sort sort) {
        String value = switch (sort) {
            case NAME -> last.sortKeyValue();
            case KEY -> last.key();
            case TYPE -> last.typeKey();
            case CREATED -> last.createdAt().toString();
        };
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((value + "\n" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static String expression(DeviceFilter.Sort sort) {
        return switch (sort) {
            case NAME -> "d.sortKey";
            case KEY -> "d.key";
            case TYPE -> "coalesce(lower(d.type), '')";
            case CREATED -> "d.createdAt";
        };
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private record Cursor(Object value, UUID id) {

        static Cursor decode(String encoded, DeviceFilter.Sort sort) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
                int newline = text.lastIndexOf('\n');
                UUID id = UUID.fromString(text.substring(newline + 1));
                String value = text.substring(0, newline);
                return new Cursor(sort == DeviceFilter.Sort.CREATED ? Instant.parse(value) : value, id);
            } catch (RuntimeException e) {
                throw MusterException.invalid("after", "is not a cursor from this list with this sort order");
            }
        }
    }
}
