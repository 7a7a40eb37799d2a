/** Enrollment codes: six readable characters, shown once, stored as a keyed digest, single or N uses, expiring, revocable. */
package dev.muster.tokens.codes;
