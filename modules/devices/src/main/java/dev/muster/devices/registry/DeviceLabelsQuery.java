package dev.muster.devices.registry;

import dev.muster.devices.api.DeviceLabel;
import dev.muster.devices.api.DeviceLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link DeviceLabels} from the device table, {@value #CHUNK} ids per query. */
@ApplicationScoped
public class DeviceLabelsQuery implements DeviceLabels {

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, DeviceLabel> of(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        Map<UUID, DeviceLabel> labels = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createQuery("select d.id, d.tenantId, d.key, d.name, d.group from Device d where d.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultStream()
                    .forEach(row -> labels.put((UUID) row[0], new DeviceLabel((UUID) row[0], (UUID) row[1], (String) row[2],
                            row[3] != null ? (String) row[3] : (String) row[2], (String) row[4])));
        }
        return labels;
    }
}
