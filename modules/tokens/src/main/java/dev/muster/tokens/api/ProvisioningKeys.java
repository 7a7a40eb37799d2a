package dev.muster.tokens.api;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;

import java.util.UUID;

/** Provisioning keys of the caller's tenant, for its OWNERs and ADMINs. */
public interface ProvisioningKeys {

    CreatedProvisioningKey create(NewProvisioningKey request);

    Page<ProvisioningKeyView> list(PageRequest page);

    ProvisioningKeyView get(UUID id);

    ProvisioningKeyView revoke(UUID id);
}
