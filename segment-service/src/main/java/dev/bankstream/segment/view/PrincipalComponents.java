package dev.bankstream.segment.view;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Principal components of standardized rows: eigenvectors of their sample covariance, largest variance first.
 * Each component's sign is fixed so that its largest loading is positive, so the scatter plot does not mirror
 * itself between two fits of the same data.
 */
public final class PrincipalComponents {

    private final double[] means;
    private final double[][] components;
    private final double[] variances;
    private final double totalVariance;

    private PrincipalComponents(double[] means, double[][] components, double[] variances, double totalVariance) {
        this.means = means;
        this.components = components;
        this.variances = variances;
        this.totalVariance = totalVariance;
    }

    public static PrincipalComponents fit(double[][] rows) {
        if (rows.length < 2) {
            throw new IllegalArgumentException("PCA needs at least two rows");
        }
        int width = rows[0].length;
        double[] means = new double[width];
        for (double[] row : rows) {
            for (int f = 0; f < width; f++) {
                means[f] += row[f] / rows.length;
            }
        }
        double[][] covariance = new double[width][width];
        for (double[] row : rows) {
            for (int i = 0; i < width; i++) {
                double di = row[i] - means[i];
                for (int j = i; j < width; j++) {
                    covariance[i][j] += di * (row[j] - means[j]);
                }
            }
        }
        for (int i = 0; i < width; i++) {
            for (int j = i; j < width; j++) {
                covariance[i][j] /= rows.length - 1;
                covariance[j][i] = covariance[i][j];
            }
        }
        SymmetricEigen.Result eigen = SymmetricEigen.decompose(covariance);
        Integer[] order = new Integer[width];
        for (int i = 0; i < width; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> eigen.values()[i]).reversed());
        double[][] components = new double[width][width];
        double[] variances = new double[width];
        double total = 0;
        for (int rank = 0; rank < width; rank++) {
            int column = order[rank];
            variances[rank] = Math.max(0, eigen.values()[column]);
            total += variances[rank];
            for (int f = 0; f < width; f++) {
                components[rank][f] = eigen.vectors()[f][column];
            }
            orientLargestLoadingPositive(components[rank]);
        }
        return new PrincipalComponents(means, components, variances, total);
    }

    private static void orientLargestLoadingPositive(double[] component) {
        int largest = 0;
        for (int f = 1; f < component.length; f++) {
            if (Math.abs(component[f]) > Math.abs(component[largest])) {
                largest = f;
            }
        }
        if (component[largest] < 0) {
            for (int f = 0; f < component.length; f++) {
                component[f] = -component[f];
            }
        }
    }

    /** Coordinate of a row on one component. */
    public double project(double[] row, int component) {
        double sum = 0;
        double[] axis = components[component];
        for (int f = 0; f < axis.length; f++) {
            sum += (row[f] - means[f]) * axis[f];
        }
        return sum;
    }

    /** The unit-length loading vector of a component (rank 0 = most variance). */
    public double[] component(int rank) {
        return components[rank].clone();
    }

    public double variance(int rank) {
        return variances[rank];
    }

    /** Share of the total variance a component explains. */
    public double explainedVarianceRatio(int rank) {
        return totalVariance == 0 ? 0 : variances[rank] / totalVariance;
    }

    public int dimensions() {
        return components.length;
    }
}
