package dev.muster.tenants.api;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Role;

import java.util.UUID;

/** The members of the caller's current tenant. */
public interface Members {

    Page<MemberView> list(String text, PageRequest page);

    MemberView changeRole(UUID userId, Role role);

    void remove(UUID userId);
}
