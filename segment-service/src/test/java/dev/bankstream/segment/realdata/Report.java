package dev.bankstream.segment.realdata;

import java.util.Locale;

import dev.bankstream.segment.model.KCandidate;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.view.SegmentProfiles;

/** Prints what a segmentation on real data found, for the test report. */
final class Report {

    private Report() {
    }

    static void print(String title, SegmentationModel model) {
        StringBuilder out = new StringBuilder("== ").append(title).append(": chosen k = ").append(model.k())
                .append(" (").append(KCandidate.RULE).append(")\n");
        for (KCandidate candidate : model.candidates()) {
            out.append(String.format(Locale.ROOT, "   k=%d silhouette=%.4f davies-bouldin=%.4f%n", candidate.k(),
                    candidate.silhouette(), candidate.daviesBouldin()));
        }
        SegmentProfiles profiles = SegmentProfiles.of(model);
        out.append("   features: ").append(profiles.features()).append('\n');
        for (SegmentProfiles.SegmentProfile profile : profiles.segments()) {
            out.append(String.format(Locale.ROOT, "   #%d %-55s n=%4d centroid=%s%n", profile.id(), profile.name(),
                    profile.size(), profile.centroid().stream()
                            .map(v -> String.format(Locale.ROOT, "%.1f", v)).toList()));
        }
        System.out.print(out);
    }
}
