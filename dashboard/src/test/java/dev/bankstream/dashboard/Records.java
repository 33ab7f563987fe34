package dev.bankstream.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.ReplayCheckpoint;
import dev.bankstream.schemas.ReplayState;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;
import dev.bankstream.schemas.SegmentAssignment;
import dev.bankstream.schemas.SegmentChange;
import dev.bankstream.schemas.SegmentRef;

/** Records as the services write them, for the tests. */
public final class Records {

    private Records() {
    }

    public static RiskFlag flag(String id, long account, RiskLevel level, LocalDate day, String reason) {
        return RiskFlag.newBuilder().setFlagId(id).setAccountId(account).setKind("NEGATIVE_BALANCE_DAYS")
                .setSource(FlagSource.RULE).setScore(12).setLevel(level).setPreviousLevel(null)
                .setReasons(List.of(Reason.newBuilder().setCode("NEGATIVE_BALANCE_DAYS").setFeature("negativeBalanceDays")
                        .setValue(12.0).setContribution(1).setExplanation(reason).build()))
                .setModelName("behaviour-rules").setModelVersion("r1").setEventDate(day).setEmittedAt(Instant.now())
                .build();
    }

    public static AccountScore score(long account, double risk, double value) {
        return AccountScore.newBuilder().setAccountId(account).setAsOfDate(LocalDate.of(1995, 1, 1))
                .setDefaultProbability(null).setActiveRuleFlags(0).setRiskScore(risk).setValueScore(value)
                .setModelVersion(null).build();
    }

    public static SegmentChange change(long account, int from, int to, LocalDate day) {
        return SegmentChange.newBuilder().setAccountId(account).setSegmentation("behavioural")
                .setFromSegment(from < 0 ? null : segment(from)).setToSegment(segment(to)).setModelVersion("m1")
                .setEventDate(day).build();
    }

    public static AccountSegments assignment(long account, int segment) {
        return AccountSegments.newBuilder().setAccountId(account).setRiskValueQuadrant(null)
                .setAssignments(List.of(SegmentAssignment.newBuilder().setSegmentation("behavioural")
                        .setSegment(segment(segment)).setModelVersion("m1").setSince(LocalDate.of(1995, 1, 1)).build()))
                .build();
    }

    public static SegmentRef segment(int id) {
        return SegmentRef.newBuilder().setId(id).setName(id == 0 ? "Affluent savers" : "Busy card users").build();
    }

    public static ReplayCheckpoint checkpoint(String replay, long events, LocalDate day, Instant at) {
        return ReplayCheckpoint.newBuilder().setReplayId(replay).setDataSet("/data/generated").setDataSetFingerprint("f")
                .setOptions("{}").setEventsPublished(events).setRejectsPublished(0).setLastEventDate(day)
                .setState(ReplayState.RUNNING).setUpdatedAt(at).build();
    }
}
