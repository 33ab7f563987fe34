package dev.bankstream.feature.topology;

import java.time.Duration;

/**
 * How the topology treats event time.
 *
 * @param graceDays how many days an event may arrive after event time has passed its day and still be applied; later
 *                  events go to the dead-letter topic. Snapshots are held back by the same delay.
 * @param inputWait how long, in wall-clock time, an input (transactions or account events) that fell behind the other
 *                  is waited for before event time moves on without it (see {@link InputClock})
 */
public record FeatureSettings(int graceDays, Duration inputWait) {

    public FeatureSettings {
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays must not be negative: " + graceDays);
        }
        if (inputWait.isNegative()) {
            throw new IllegalArgumentException("inputWait must not be negative: " + inputWait);
        }
    }
}
