package dev.bankstream.segment.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PrincipalComponentsTest {

    @Test
    void jacobiFindsTheEigenpairsOfAHandCheckedMatrix() {
        // Given [[2, 1], [1, 2]]: eigenvalues 3 (vector (1, 1)/√2) and 1 (vector (1, -1)/√2)
        SymmetricEigen.Result result = SymmetricEigen.decompose(new double[][] {{2, 1}, {1, 2}});

        // When / Then
        double[] sorted = result.values().clone();
        Arrays.sort(sorted);
        assertThat(sorted).containsExactly(new double[] {1, 3}, within(1e-12));
        int three = result.values()[0] > 2 ? 0 : 1;
        assertThat(Math.abs(result.vectors()[0][three])).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(result.vectors()[0][three] * result.vectors()[1][three]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void pointsAlongTheDiagonalHaveTheDiagonalAsFirstComponent() {
        // Given points on y = x with a little noise across it
        Random random = new Random(2);
        double[][] rows = new double[500][];
        for (int i = 0; i < rows.length; i++) {
            double t = random.nextGaussian() * 3;
            double across = random.nextGaussian() * 0.1;
            rows[i] = new double[] {t + across, t - across};
        }

        // When
        PrincipalComponents pca = PrincipalComponents.fit(rows);

        // Then PC1 is (1, 1)/√2, with its largest loading positive, and explains nearly everything
        assertThat(pca.component(0)).containsExactly(new double[] {Math.sqrt(0.5), Math.sqrt(0.5)}, within(1e-3));
        assertThat(pca.explainedVarianceRatio(0)).isGreaterThan(0.99);
    }

    @Test
    void componentsAreOrthonormalOrderedByVarianceAndGiveUncorrelatedCoordinates() {
        // Given correlated 6-D rows
        Random random = new Random(3);
        double[][] rows = new double[800][6];
        for (double[] row : rows) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            row[0] = 2 * a + 0.1 * random.nextGaussian();
            row[1] = a - b;
            row[2] = 0.5 * b + random.nextGaussian();
            row[3] = random.nextGaussian() * 0.3;
            row[4] = a + b + 0.2 * random.nextGaussian();
            row[5] = -row[0] + random.nextGaussian();
        }

        // When
        PrincipalComponents pca = PrincipalComponents.fit(rows);

        // Then PC1 explains the most variance, the ratios add up to 1, and the axes are orthonormal
        double sum = 0;
        for (int r = 0; r < pca.dimensions(); r++) {
            sum += pca.explainedVarianceRatio(r);
            if (r > 0) {
                assertThat(pca.variance(r)).isLessThanOrEqualTo(pca.variance(r - 1));
            }
            for (int s = 0; s < pca.dimensions(); s++) {
                assertThat(dot(pca.component(r), pca.component(s))).isCloseTo(r == s ? 1 : 0, within(1e-9));
            }
        }
        assertThat(sum).isCloseTo(1, within(1e-9));
        // and the projected coordinates are uncorrelated, with PC1's variance equal to its eigenvalue
        double[] x = new double[rows.length];
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = pca.project(rows[i], 0);
            y[i] = pca.project(rows[i], 1);
        }
        assertThat(covariance(x, y)).isCloseTo(0, within(1e-9));
        assertThat(covariance(x, x)).isCloseTo(pca.variance(0), within(1e-9));
        assertThat(covariance(x, x)).isGreaterThan(covariance(y, y));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double covariance(double[] a, double[] b) {
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i] / a.length;
            meanB += b[i] / b.length;
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum / (a.length - 1);
    }
}
