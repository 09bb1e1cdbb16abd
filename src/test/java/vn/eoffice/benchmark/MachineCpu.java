package vn.eoffice.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The machine's CPU time (from {@code /proc/stat}: this JVM, the database server and everything else) and this JVM's
 * own, read before and after a measure so that a benchmark can say what each operation cost, not only how fast it went.
 */
record MachineCpu(long busyTicks, long allTicks, long jvmNanos, long jitTicks, long gcTicks) {

    /** HotSpot's JIT compiler threads ("C2 CompilerThread0", "C1 CompilerThre…"; Linux keeps 15 characters). */
    private static final Pattern COMPILER_THREADS = Pattern.compile("CompilerThre");
    /** The garbage collector's threads: G1's parallel workers, concurrent marking, refinement and service threads. */
    private static final Pattern GC_THREADS = Pattern.compile("^(GC Thread|G1 |VM Thread)");
    /** Linux's USER_HZ: /proc/stat counts in hundredths of a second on every architecture the JDK runs on. */
    private static final double MILLIS_PER_TICK = 10;

    static MachineCpu read() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] ticks = Arrays.stream(fields, 1, fields.length).mapToLong(Long::parseLong).toArray();
            long all = Arrays.stream(ticks).sum();
            long idle = ticks[3] + ticks[4]; // idle and iowait
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new MachineCpu(all - idle, all, os.getProcessCpuTime(), threadTicks(COMPILER_THREADS),
                    threadTicks(GC_THREADS));
        } catch (IOException | RuntimeException e) {
            return new MachineCpu(0, 0, 0, 0, 0); // not Linux: the figures read zero
        }
    }

    /**
     * CPU time of this JVM's threads whose name matches, in ticks, from {@code /proc/self/task}: the compilation and
     * GC MXBeans report the time their work took, which counts the time a thread waited for a core.
     */
    private static long threadTicks(Pattern names) throws IOException {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (var task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (names.matcher(Files.readString(task.resolve("comm")).strip()).find()) {
                        String stat = Files.readString(task.resolve("stat"));
                        // the fields after the command name, which is in parentheses: utime and stime are 14 and 15
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException e) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return ticks;
    }

    Used since(MachineCpu before) {
        return new Used((allTicks - before.allTicks) * MILLIS_PER_TICK,
                (busyTicks - before.busyTicks) * MILLIS_PER_TICK, (jvmNanos - before.jvmNanos) / 1e6,
                (jitTicks - before.jitTicks) * MILLIS_PER_TICK, (gcTicks - before.gcTicks) * MILLIS_PER_TICK);
    }

    /**
     * What was used between two readings: {@code allMillis} is the machine's whole CPU time (all cores, busy or not),
     * {@code jitMillis} the CPU time of this JVM's JIT compiler threads, {@code gcMillis} its garbage collector's
     * (with the VM thread, which runs the collector's pauses); the shares are against {@code allMillis}.
     */
    record Used(double allMillis, double busyMillis, double jvmMillis, double jitMillis, double gcMillis) {

        double busyShare() {
            return allMillis == 0 ? 0 : busyMillis / allMillis;
        }

        double jitShare() {
            return allMillis == 0 ? 0 : jitMillis / allMillis;
        }
    }
}
