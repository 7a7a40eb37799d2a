/** Schema migrations with Flyway at start; the schema lives in {@code db/migration} only. */
package dev.muster.platform.schema;
