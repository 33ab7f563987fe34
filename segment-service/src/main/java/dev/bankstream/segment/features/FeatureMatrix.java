package dev.bankstream.segment.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bankstream.schemas.AccountBehaviour;

/**
 * Training rows of one feature set: one row of raw values per account, in account order of arrival.
 * Rows are assignable by construction ({@link FeatureSet#isAssignable}); the others are listed as rejects.
 */
public record FeatureMatrix(FeatureSet featureSet, long[] accountIds, double[][] raw) {

    public FeatureMatrix {
        if (accountIds.length != raw.length) {
            throw new IllegalArgumentException("One account id per row");
        }
        for (double[] row : raw) {
            if (row.length != featureSet.size()) {
                throw new IllegalArgumentException("Row width " + row.length + " != " + featureSet.size());
            }
            if (!featureSet.isAssignable(row)) {
                throw new IllegalArgumentException(featureSet.missingReason(row));
            }
        }
    }

    /** A snapshot left out of training, with the dead-letter reason. */
    public record Reject(long accountId, String reason) {
    }

    /** The matrix and the snapshots that could not be part of it. */
    public record Extraction(FeatureMatrix matrix, List<Reject> rejects) {
    }

    /** Latest snapshot per account wins: the compacted behaviour topic may still hold older ones. */
    public static Extraction extract(FeatureSet set, Iterable<AccountBehaviour> snapshots) {
        Map<Long, AccountBehaviour> latest = new LinkedHashMap<>();
        for (AccountBehaviour snapshot : snapshots) {
            latest.merge(snapshot.getAccountId(), snapshot,
                    (old, candidate) -> candidate.getAsOfDate().isBefore(old.getAsOfDate()) ? old : candidate);
        }
        List<Long> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (AccountBehaviour snapshot : latest.values()) {
            double[] row = new double[set.size()];
            int missing = set.extract(snapshot, row);
            if (set.isAssignable(missing)) {
                ids.add(snapshot.getAccountId());
                rows.add(row);
            } else {
                rejects.add(new Reject(snapshot.getAccountId(), set.missingReason(row)));
            }
        }
        long[] accountIds = ids.stream().mapToLong(Long::longValue).toArray();
        return new Extraction(new FeatureMatrix(set, accountIds, rows.toArray(double[][]::new)), List.copyOf(rejects));
    }

    public int rows() {
        return raw.length;
    }
}
