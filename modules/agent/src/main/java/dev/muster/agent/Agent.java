package dev.muster.agent;

import dev.muster.agent.cli.ExitCode;
import dev.muster.agent.cli.UsageException;
import dev.muster.agent.enroll.EnrollCommand;
import dev.muster.agent.run.RunCommand;
import dev.muster.agent.simulate.SimulateCommand;
import dev.muster.agent.system.Log;
import dev.muster.agent.system.StopSignal;
import dev.muster.agent.system.SystemInfo;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The command-line entry point: {@code java -jar muster-agent.jar <command> [options]}. */
public final class Agent {

    static final String USAGE = ("Usage:\n" + EnrollCommand.USAGE + "\n" + RunCommand.USAGE + "\n" + SimulateCommand.USAGE
            + "\nmuster-agent version").replace("\n", "\n  ");

    private Agent() {
    }

    public static void main(String[] args) {
        StopSignal stop = new StopSignal();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.stop();
            try {
                finished.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "muster-agent-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = run(System.out, System.err, stop, args);
        finished.countDown();
        if (!stop.stopped()) {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        System.exit(code);
    }

    /**
     * Runs one command to its end and returns the process exit code; never calls {@code System.exit}.
     *
     * @param out  for results meant for the user (enroll's summary)
     * @param err  for the log
     * @param stop stops {@code run} and {@code simulate} cleanly when signalled
     */
    public static int run(PrintStream out, PrintStream err, StopSignal stop, String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? ExitCode.USAGE.code() : ExitCode.OK.code();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        Log log = new Log(err, Clock.systemUTC(), rest.contains("--verbose"));
        try {
            ExitCode code = switch (args[0]) {
                case "enroll" -> EnrollCommand.run(rest, out, log, stop);
                case "run" -> RunCommand.run(rest, log, stop, Clock.systemUTC());
                case "simulate" -> SimulateCommand.run(rest, out, log, stop);
                case "version", "--version" -> {
                    out.println("muster-agent " + SystemInfo.runningVersion());
                    yield ExitCode.OK;
                }
                default -> throw new UsageException("Unknown command '" + args[0] + "'");
            };
            return code.code();
        } catch (UsageException e) {
            err.println("muster-agent: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE.code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK.code();
        }
    }
}
