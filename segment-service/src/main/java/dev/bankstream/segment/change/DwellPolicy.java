package dev.bankstream.segment.change;

/**
 * How long a new segment must hold before an account is moved into it, so that an account near a boundary does
 * not flap between two segments. Both conditions must hold: the new segment was assigned on at least
 * {@code minSnapshots} consecutive snapshots, and at least {@code minDays} days passed from the first of them to
 * the confirming one. (1, 0) switches at once.
 */
public record DwellPolicy(int minSnapshots, int minDays) {

    public DwellPolicy {
        if (minSnapshots < 1 || minDays < 0) {
            throw new IllegalArgumentException("minSnapshots >= 1 and minDays >= 0, got " + minSnapshots + ", "
                    + minDays);
        }
    }

    /**
     * Three snapshots over two weeks: behaviour snapshots come on days with activity, a few per week for a
     * typical account, so a move is confirmed after roughly half a month of consistent behaviour.
     */
    public static DwellPolicy defaults() {
        return new DwellPolicy(3, 14);
    }
}
