/**
 * Muster's thin shared kernel: what every feature module needs and nothing more.
 *
 * <ul>
 *   <li>{@code errors} – the one error-code enum and the HTTP-free domain exception;</li>
 *   <li>{@code rest} – the single place where error codes become RFC 9457 problem documents;</li>
 *   <li>{@code security} – who is calling ({@link dev.muster.platform.security.Caller}) and the role model;</li>
 *   <li>{@code tenancy} – the tenant an operation runs in, enforced by Hibernate's {@code @TenantId};</li>
 *   <li>{@code audit} – the append-only audit trail, written in the caller's transaction;</li>
 *   <li>{@code mail} – the transactional mail outbox (JMS queue, message-driven bean, Jakarta Mail),
 *       reused by every feature that sends mail;</li>
 *   <li>{@code time}, {@code paging} – an injectable clock and server-side paging.</li>
 * </ul>
 *
 * Decision: the kernel holds no business rules of tenants, devices or alerts. Anything that knows
 * what a device is belongs in that module.
 */
package dev.muster.platform;
