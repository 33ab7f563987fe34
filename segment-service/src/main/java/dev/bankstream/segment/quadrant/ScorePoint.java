package dev.bankstream.segment.quadrant;

import java.time.LocalDate;

/** One account on the risk × value plane, as the scatter plots it. */
public record ScorePoint(long accountId, LocalDate asOfDate, double risk, double value, RiskValueQuadrant quadrant) {
}
