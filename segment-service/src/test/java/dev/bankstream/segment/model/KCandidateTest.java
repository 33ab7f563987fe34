package dev.bankstream.segment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KCandidateTest {

    @Test
    void bothMeasuresAgreeingWins() {
        // Given k = 4 best on both measures
        List<KCandidate> candidates = List.of(new KCandidate(3, 0.40, 1.1), new KCandidate(4, 0.55, 0.7),
                new KCandidate(5, 0.50, 0.9));

        // When / Then
        assertThat(KCandidate.choose(candidates).k()).isEqualTo(4);
    }

    @Test
    void smallestRankSumWinsWhenTheMeasuresDisagree() {
        // Given silhouette ranks 3:1, 4:2, 5:3 and Davies-Bouldin ranks 3:3, 4:1, 5:2: rank sums 4, 3, 5
        List<KCandidate> candidates = List.of(new KCandidate(3, 0.60, 1.2), new KCandidate(4, 0.50, 0.8),
                new KCandidate(5, 0.40, 0.9));

        // When / Then
        assertThat(KCandidate.choose(candidates).k()).isEqualTo(4);
    }

    @Test
    void tieGoesToTheHigherSilhouette() {
        // Given rank sums 3 and 3: k = 3 has the better silhouette, k = 5 the better Davies-Bouldin
        List<KCandidate> candidates = List.of(new KCandidate(3, 0.60, 0.9), new KCandidate(5, 0.50, 0.8));

        // When / Then
        assertThat(KCandidate.choose(candidates).k()).isEqualTo(3);
    }
}
