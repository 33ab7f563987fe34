package dev.bankstream.ingest.replay;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What to replay and how.
 *
 * @param replayId    names the replay; reusing the id of a stopped replay resumes it from its checkpoint
 * @param dataSet     a Berka or twm folder
 * @param speed       simulated seconds per wall-clock second (86400 = one day per second); null = as fast as possible
 * @param from        first event date published (inclusive); null = from the start. Reference data is always published.
 * @param until       last event date published (inclusive); null = to the end. Loan outcomes are published only when
 *                    the replay reaches the data set's as-of date.
 * @param asOfDate    the data set's as-of date; null = its last transaction date
 * @param rejectsFile where rejected lines are written (CSV) besides the ingest.rejects topic
 */
public record ReplayOptions(String replayId, Path dataSet, Double speed, LocalDate from, LocalDate until,
        LocalDate asOfDate, Path rejectsFile) {

    public ReplayOptions {
        Objects.requireNonNull(replayId, "replayId");
        Objects.requireNonNull(dataSet, "dataSet");
        Objects.requireNonNull(rejectsFile, "rejectsFile");
        if (!replayId.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("A replay id is 1-100 letters, digits, '.', '_' or '-': " + replayId);
        }
        if (speed != null && !(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive (simulated seconds per second): " + speed);
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
    }

    public static String newReplayId() {
        return "replay-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The options that define the replay's event sequence: a resumed replay must give the same. */
    String sequenceDefinition() {
        return "from=" + from + " until=" + until + " asOf=" + asOfDate;
    }

    boolean includes(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}
