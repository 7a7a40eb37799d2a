/**
 * A tiny JSON writer and reader, because the agent has no dependencies beyond the JDK.
 *
 * <p>Owns: {@link dev.muster.agent.json.Json}, mapping JSON to and from {@code Map}, {@code List},
 * {@code String}, {@code Long}/{@code Double}, {@code Boolean} and {@code null}.
 *
 * <p>Decisions: the reader is strict RFC 8259 (no comments, no trailing commas, no leading zeros,
 * nothing after the value) and limits nesting, so a hostile server answer fails with an
 * {@link java.lang.IllegalArgumentException} instead of a stack overflow. The writer escapes
 * control characters, lone surrogates and U+2028/U+2029 as {@code \\uXXXX}, so its output is
 * always valid UTF-8 and safe to embed anywhere. Objects keep their key order (a
 * {@link java.util.LinkedHashMap}) so state files read the same way every time. Out of scope:
 * streaming, big numbers beyond {@code double}, data binding.
 */
package dev.muster.agent.json;
