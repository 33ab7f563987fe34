package dev.bankstream.feature.topology;

/**
 * How the topology treats event time.
 *
 * @param graceDays how many days an event may arrive after the task's stream time has passed its day and still be
 *                  applied; later events go to the dead-letter topic. Snapshots are held back by the same delay.
 */
public record FeatureSettings(int graceDays) {

    public FeatureSettings {
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays must not be negative: " + graceDays);
        }
    }
}
