/**
 * The command line: {@link dev.muster.agent.cli.Options} turns {@code --name value} arguments into
 * typed values, and {@link dev.muster.agent.cli.UsageException} says what is wrong in one sentence.
 *
 * <p>Decisions: each command declares the options it accepts, so a misspelt option is an error
 * instead of being ignored; both {@code --name value} and {@code --name=value} work; numbers are
 * checked against their allowed range here, so commands only see valid values. Secrets given on
 * the command line (codes, provisioning keys) are never echoed back in error messages.
 */
package dev.muster.agent.cli;
