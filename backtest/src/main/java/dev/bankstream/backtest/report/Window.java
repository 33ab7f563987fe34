package dev.bankstream.backtest.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The backtest's timeline: models learn from loans granted up to {@code trainUntil}; flags dated {@code from} to
 * {@code until} (both included) are judged. The scored period starts after the cut, so no judged flag comes from a day
 * the models learned from.
 */
public record Window(LocalDate trainUntil, LocalDate from, LocalDate until) {

    public Window {
        if (!from.isAfter(trainUntil)) {
            throw new IllegalArgumentException("The scored period must start after the training cut: --from " + from
                    + " is not after --train-until " + trainUntil);
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("--until " + until + " is before --from " + from);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    /** Every calendar month the scored period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(until)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** A loan the models never saw: granted after the cut. */
    public boolean unseen(LoanRecord loan) {
        return loan.grantedOn().isAfter(trainUntil);
    }

    /** A loan whose term overlaps the scored period, so that a flag could concern it. */
    public boolean running(LoanRecord loan) {
        return !loan.grantedOn().isAfter(until) && !loan.ends().isBefore(from);
    }
}
