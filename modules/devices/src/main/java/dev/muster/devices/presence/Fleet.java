package dev.muster.devices.presence;

import dev.muster.devices.api.FleetSummary;
import dev.muster.devices.api.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over the caller's tenant's devices, one grouped query each (the tenant condition is added by
 * Hibernate); callers check access.
 */
@ApplicationScoped
@Transactional
public class Fleet {

    @PersistenceContext
    EntityManager em;

    public FleetSummary summary() {
        Map<Presence, Long> byPresence = new EnumMap<>(Presence.class);
        for (Presence presence : Presence.values()) {
            byPresence.put(presence, 0L);
        }
        em.createQuery("select p.state, count(p) from DevicePresence p group by p.state", Object[].class)
                .getResultStream().forEach(row -> byPresence.put((Presence) row[0], (Long) row[1]));
        long total = byPresence.values().stream().mapToLong(Long::longValue).sum();
        return new FleetSummary(total, byPresence, top("d.info.os"), top("d.type"), top("d.info.agentVersion"), top("d.group"));
    }

    private List<FleetSummary.Count> top(String attribute) {
        return em.createQuery("select " + attribute + ", count(d) from Device d group by " + attribute
                        + " order by count(d) desc, " + attribute, Object[].class)
                .setMaxResults(FleetSummary.TOP).getResultStream()
                .map(row -> new FleetSummary.Count((String) row[0], (Long) row[1])).toList();
    }
}
