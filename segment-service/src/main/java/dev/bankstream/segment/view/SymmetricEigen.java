package dev.bankstream.segment.view;

/**
 * Eigen decomposition of a small symmetric matrix by cyclic Jacobi rotations: each rotation zeroes one
 * off-diagonal element; sweeps repeat until the off-diagonal mass is negligible. Exact enough and simple for the
 * 6 to 8 features a segmentation has; no library needed.
 */
final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;
    private static final double TOLERANCE = 1e-12;

    /** Eigenvalues with eigenvectors as columns of {@code vectors}: a = V diag(values) Vᵀ. */
    record Result(double[] values, double[][] vectors) {
    }

    private SymmetricEigen() {
    }

    static Result decompose(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("Matrix must be square");
            }
            a[i] = matrix[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        double scale = Math.max(frobenius(a), Double.MIN_NORMAL);
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > TOLERANCE * scale; sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, v, p, q);
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return new Result(values, v);
    }

    /** The rotation in the (p, q) plane that zeroes a[p][q], applied to a and accumulated into v. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    sum += a[i][j] * a[i][j];
                }
            }
        }
        return Math.sqrt(sum);
    }

    private static double frobenius(double[][] a) {
        double sum = 0;
        for (double[] row : a) {
            for (double x : row) {
                sum += x * x;
            }
        }
        return Math.sqrt(sum);
    }
}
