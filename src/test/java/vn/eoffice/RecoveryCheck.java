package vn.eoffice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import tools.jackson.databind.JsonNode;

import vn.eoffice.CrashRecoveryIntegrationTests.Acknowledged;
import vn.eoffice.CrashRecoveryIntegrationTests.Sha256;

/**
 * What a restarted installation must show for the registrations acknowledged before its crashes, read through its
 * API: each document with its arrival number and its file's bytes, numbers gap-free and never given twice, an intact
 * audit chain with nothing left unsealed, and every document found by search. The waits are bounded polls for the
 * work that resumes after a start (sealing, search catch-up); nothing is timed.
 */
final class RecoveryCheck {

    private final ApiClient clerk;
    private final ApiClient admin;
    private final String marker;
    private final long firstNumber;
    private final List<Acknowledged> acknowledged;
    private final List<Acknowledged> lost = new ArrayList<>();
    private final List<Acknowledged> damagedFiles = new ArrayList<>();
    private final Set<Long> notFound = new HashSet<>();
    private Map<Long, List<Long>> reissued = Map.of();
    private String numberingProblem;
    private String auditProblem;
    private long documents;
    private long sealed;
    private String timings = "";

    RecoveryCheck(ApiClient clerk, ApiClient admin, String marker, long firstNumber, List<Acknowledged> acknowledged) {
        this.clerk = clerk;
        this.admin = admin;
        this.marker = marker;
        this.firstNumber = firstNumber;
        this.acknowledged = List.copyOf(acknowledged);
    }

    void run(Duration catchUp) throws Exception {
        long start = System.nanoTime();
        for (var ack : acknowledged) {
            var document = clerk.get("/api/v1/documents/" + ack.id());
            if (document == null || document.get("registerNumber").asLong() != ack.arrivalNumber()) {
                lost.add(ack);
                continue;
            }
            long fileId = document.get("files").get(0).get("fileId").asLong();
            byte[] content = clerk.download("/api/v1/files/" + fileId + "/content");
            if (content == null || !Sha256.hex(content).equals(ack.sha256())) {
                damagedFiles.add(ack);
            }
        }
        reissued = acknowledged.stream().collect(Collectors.groupingBy(Acknowledged::arrivalNumber,
                        TreeMap::new, Collectors.mapping(Acknowledged::id, Collectors.toList())))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        checkNumbering();
        long audit = System.nanoTime();
        checkAudit(catchUp);
        long search = System.nanoTime();
        checkSearch(catchUp);
        timings = String.format("documents and numbers %.1f s, audit %.1f s, search %.1f s", (audit - start) / 1e9,
                (search - audit) / 1e9, (System.nanoTime() - search) / 1e9);
    }

    List<Acknowledged> lost() {
        return lost;
    }

    List<Acknowledged> damagedFiles() {
        return damagedFiles;
    }

    Map<Long, List<Long>> reissuedNumbers() {
        return reissued;
    }

    String numberingProblem() {
        return numberingProblem;
    }

    String auditProblem() {
        return auditProblem;
    }

    Set<Long> notFound() {
        return notFound;
    }

    String summary() {
        return String.format("%d documents of the run in the register (numbers %s), %d audit lines sealed, %s (%s)",
                documents, numberingProblem == null ? "gap-free" : "broken", sealed,
                notFound.isEmpty() ? "all found by search" : notFound.size() + " not found by search", timings);
    }

    /** The run's documents, acknowledged or not (an answer lost in the crash), hold exactly first..first+n-1. */
    private void checkNumbering() throws Exception {
        Map<Long, Long> numbers = new HashMap<>();
        for (int page = 0; ; page++) {
            var rows = clerk.get("/api/v1/documents?box=ALL&size=100&page=" + page).get("content");
            if (rows.isEmpty()) {
                break;
            }
            for (JsonNode row : rows) {
                if (row.get("summary").asString().contains(marker)) {
                    numbers.put(row.get("id").asLong(), row.get("registerNumber").asLong());
                }
            }
        }
        documents = numbers.size();
        var expected = LongStream.range(firstNumber, firstNumber + numbers.size()).boxed().toList();
        var actual = numbers.values().stream().sorted().toList();
        if (!actual.equals(expected)) {
            numberingProblem = "expected " + firstNumber + ".." + (firstNumber + numbers.size() - 1) + ", found "
                    + actual;
        }
    }

    /** Lines left unsealed by the crash are sealed after the start, and the chain verifies. */
    private void checkAudit(Duration wait) throws Exception {
        long end = System.nanoTime() + wait.toNanos();
        JsonNode verification;
        do {
            verification = admin.get("/api/v1/audit/verify");
            if (!verification.get("intact").asBoolean()) {
                auditProblem = "broken at " + verification.get("firstBrokenSeq") + ": " + verification.get("problem");
                return;
            }
        } while (verification.get("pending").asLong() > 0 && System.nanoTime() < end && pause());
        sealed = verification.get("checked").asLong();
        if (verification.get("pending").asLong() > 0) {
            auditProblem = verification.get("pending").asLong() + " lines still unsealed after " + wait;
        }
    }

    /** Every acknowledged document still there is found by the run's word, once the start's catch-up is done. */
    private void checkSearch(Duration wait) throws Exception {
        Set<Long> expected = new HashSet<>();
        acknowledged.stream().filter(ack -> !lost.contains(ack)).forEach(ack -> expected.add(ack.id()));
        long end = System.nanoTime() + wait.toNanos();
        do {
            notFound.clear();
            notFound.addAll(expected);
            for (int page = 0; !notFound.isEmpty(); page++) {
                var hits = clerk.get("/api/v1/search?size=100&page=" + page + "&q=" + ApiClient.query(marker))
                        .get("content");
                if (hits.isEmpty()) {
                    break;
                }
                hits.forEach(hit -> notFound.remove(hit.get("id").asLong()));
            }
        } while (!notFound.isEmpty() && System.nanoTime() < end && pause());
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(200);
        return true;
    }
}
