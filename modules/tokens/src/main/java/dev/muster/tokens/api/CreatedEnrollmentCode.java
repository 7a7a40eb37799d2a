package dev.muster.tokens.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new enrollment code: the code is in this answer and nowhere else, ever. */
@Schema(name = "CreatedEnrollmentCode")
public record CreatedEnrollmentCode(EnrollmentCodeView enrollmentCode,
                                    @Schema(example = "K7PX3M", description = "Shown once; six characters without 0, O, 1, I or L") String code) {
}
