package dev.bankstream.scoring.card;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.bankstream.scoring.model.TrainingSet;

/**
 * Which loans a model was trained and tested on.
 *
 * @param origin     real Berka, twm or generated
 * @param source     where exactly, e.g. the data folder and what it holds
 * @param historyEnd last day with transactions (loans after it were excluded), or null for a complete data set
 * @param firstGrant earliest grant among the usable loans
 * @param lastGrant  latest grant among them
 * @param loans      usable loans
 * @param defaults   defaults among them (Berka B or D)
 * @param excluded   snapshots left out, by cause
 */
public record DataDescription(DataOrigin origin, String source, LocalDate historyEnd, LocalDate firstGrant,
        LocalDate lastGrant, int loans, int defaults, Map<String, Long> excluded) {

    public static DataDescription of(DataOrigin origin, String source, TrainingSet set, LocalDate historyEnd) {
        Map<String, Long> excluded = new LinkedHashMap<>();
        set.exclusionCounts().forEach((cause, count) -> excluded.put(cause.name(), count));
        return new DataDescription(origin, source, historyEnd, set.firstGrant(), set.lastGrant(), set.loans().size(),
                set.defaults(), excluded);
    }

    /** One sentence for PublishedModel.trainedOn and the card's header. */
    public String sentence() {
        StringBuilder text = new StringBuilder(origin.words)
                .append(" from ").append(source).append(": ")
                .append(loans).append(" loans with ").append(defaults).append(" defaults (")
                .append(String.format(Locale.ROOT, "%.1f", loans == 0 ? 0.0 : 100.0 * defaults / loans))
                .append(" %), granted ").append(firstGrant).append(" to ").append(lastGrant);
        if (historyEnd != null) {
            text.append("; transaction history ends ").append(historyEnd);
        }
        if (!excluded.isEmpty()) {
            text.append("; snapshots excluded: ").append(excluded);
        }
        return text.toString();
    }
}
