/**
 * {@code POST /api/v1/enroll}. {@code EnrollmentDesk} checks the throttle and runs
 * {@code Enrollments} (one transaction: find, check, burn, create the device, record, issue a token);
 * a refusal is then recorded by {@code EnrollmentRefusals} in a transaction of its own, because the
 * enrollment's was rolled back. The two never overlap, so an enrollment holds one database
 * connection at a time.
 */
package dev.muster.tokens.enrollment;
