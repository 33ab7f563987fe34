package dev.bankstream.segment.topology;

import java.time.Duration;

import dev.bankstream.segment.change.DwellPolicy;
import dev.bankstream.segment.quadrant.QuadrantThresholds;

/**
 * How the topology decides and emits.
 *
 * @param dwell              when a move to another segment is confirmed
 * @param offerLimit         offers per account
 * @param modelCheckInterval how often each task looks for a newly published model (wall-clock), to place the
 *                           accounts it stored before that model existed
 * @param quadrants          where the risk × value quadrant lines are drawn
 */
public record SegmentSettings(DwellPolicy dwell, int offerLimit, Duration modelCheckInterval,
        QuadrantThresholds quadrants) {

    public SegmentSettings {
        if (offerLimit < 1 || modelCheckInterval.isNegative() || modelCheckInterval.isZero()) {
            throw new IllegalArgumentException("offerLimit >= 1 and a positive model check interval");
        }
    }
}
