package dev.bankstream.ingest.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import dev.bankstream.ingest.source.FileCounts;
import dev.bankstream.schemas.ReplayState;

/**
 * A snapshot of a replay for the status endpoint, the metrics and the progress bar.
 *
 * @param bytesPublished serialized keys and values, in bytes
 * @param elapsedSeconds since the replay started (to its end once finished)
 * @param sendingSeconds since the first event was sent (to the end once finished): the elapsed time without the
 *     setup (producer, transactions, checkpoint lookup, reading the small tables)
 * @param progress fraction of the replay's date range done, 0..1
 * @param etaSeconds estimated seconds to the end; null when unknown
 */
public record ReplayStatus(
        String replayId,
        ReplayState state,
        String dataSet,
        String format,
        boolean generated,
        long eventsPublished,
        long eventsSkippedOnResume,
        long rejects,
        long bytesPublished,
        double elapsedSeconds,
        double sendingSeconds,
        double eventsPerSecond,
        LocalDate simulatedDate,
        double progress,
        Long etaSeconds,
        Instant startedAt,
        Map<String, Long> eventsPerTopic,
        Map<String, FileCounts> filesRead,
        String rejectsFile,
        String error) {
}
