package vn.eoffice.tasks;

/**
 * Port through which daily digests leave the module (to the notifications module's e-mail when it is wired in).
 * Called at most once per person and day, even with several nodes running the job.
 */
public interface TaskDigestSender {

    void send(TaskDigest digest);
}
