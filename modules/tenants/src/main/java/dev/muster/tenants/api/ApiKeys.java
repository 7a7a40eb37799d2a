package dev.muster.tenants.api;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;

import java.util.UUID;

/** API keys of the caller's tenant. The key itself is returned once, at creation. */
public interface ApiKeys {

    CreatedApiKey create(String name, ApiKeyScope scope);

    Page<ApiKeyView> list(PageRequest page);

    void revoke(UUID id);

    /** @param key the full key, shown once */
    record CreatedApiKey(ApiKeyView apiKey, String key) {
    }
}
