package dev.bankstream.scoring.flags;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.RiskFlag;

/** Builds the RiskFlag records of the risk.flags topic. */
public final class RiskFlags {

    /** Kind of the loan-default model's flags; rule flags use the rule's name. */
    public static final String LOAN_DEFAULT_RISK = "LOAN_DEFAULT_RISK";

    private RiskFlags() {
    }

    /**
     * A flag for a raise decided by a {@link FlagDecider}.
     *
     * <p>The flag id is derived from account, kind, model version, event date and level, so that replaying the same
     * history through the same model yields the same ids and consumers can drop duplicates.
     */
    public static RiskFlag of(long accountId, String kind, FlagSource source, double score, FlagRaise raise,
            List<Reason> reasons, String modelName, String modelVersion, LocalDate eventDate, Instant emittedAt) {
        String identity = accountId + "|" + kind + "|" + modelName + "|" + modelVersion + "|" + eventDate + "|"
                + raise.level();
        return RiskFlag.newBuilder()
                .setFlagId(UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString())
                .setAccountId(accountId)
                .setKind(kind)
                .setSource(source)
                .setScore(score)
                .setLevel(raise.level())
                .setPreviousLevel(raise.previousLevel())
                .setReasons(List.copyOf(reasons))
                .setModelName(modelName)
                .setModelVersion(modelVersion)
                .setEventDate(eventDate)
                .setEmittedAt(emittedAt)
                .build();
    }
}
