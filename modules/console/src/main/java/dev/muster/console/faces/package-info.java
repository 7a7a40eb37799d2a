/**
 * Small Faces helpers every backing bean uses, so each bean reads as its use case only.
 *
 * <ul>
 *   <li>{@link dev.muster.console.faces.Feedback}: bundle texts, flash messages that survive the
 *       post-redirect-get, and the mapping of a {@link dev.muster.platform.errors.MusterException}
 *       (or a Bean Validation refusal from an API method) to Faces messages, each field error attached
 *       to the input of the same id when the form has one.</li>
 *   <li>{@link dev.muster.console.faces.PagedModel}: a PrimeFaces lazy model over any API call that
 *       returns a {@link dev.muster.platform.paging.Page}, so tables page on the server.</li>
 *   <li>{@link dev.muster.console.faces.Formats}: how instants are shown (UTC, one format).</li>
 * </ul>
 */
package dev.muster.console.faces;
