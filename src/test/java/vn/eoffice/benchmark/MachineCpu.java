package vn.eoffice.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The machine's CPU time (from {@code /proc/stat}: this JVM, the database server and everything else) and this JVM's
 * own, read before and after a measure so that a benchmark can say what each operation cost, not only how fast it went.
 */
record MachineCpu(long busyTicks, long allTicks, long jvmNanos) {

    /** Linux's USER_HZ: /proc/stat counts in hundredths of a second on every architecture the JDK runs on. */
    private static final double MILLIS_PER_TICK = 10;

    static MachineCpu read() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] ticks = Arrays.stream(fields, 1, fields.length).mapToLong(Long::parseLong).toArray();
            long all = Arrays.stream(ticks).sum();
            long idle = ticks[3] + ticks[4]; // idle and iowait
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new MachineCpu(all - idle, all, os.getProcessCpuTime());
        } catch (IOException | RuntimeException e) {
            return new MachineCpu(0, 0, 0); // not Linux: the figures read zero
        }
    }

    Used since(MachineCpu before) {
        return new Used((busyTicks - before.busyTicks) * MILLIS_PER_TICK,
                (allTicks - before.allTicks) == 0 ? 0 : (busyTicks - before.busyTicks) / (double) (allTicks - before.allTicks),
                (jvmNanos - before.jvmNanos) / 1e6);
    }

    record Used(double busyMillis, double busyShare, double jvmMillis) {
    }
}
