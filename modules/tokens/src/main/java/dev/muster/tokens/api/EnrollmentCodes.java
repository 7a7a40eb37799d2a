package dev.muster.tokens.api;

import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;

import java.util.UUID;

/** Enrollment codes of the caller's tenant, for its OWNERs and ADMINs. */
public interface EnrollmentCodes {

    CreatedEnrollmentCode create(NewEnrollmentCode request);

    /** Newest first; {@code status} (may be null) filters. */
    Page<EnrollmentCodeView> list(GrantStatus status, PageRequest page);

    EnrollmentCodeView get(UUID id);

    /** Stops the code from working; devices already enrolled with it stay enrolled. */
    EnrollmentCodeView revoke(UUID id);
}
