package dev.bankstream.scoring.model;

/**
 * Platt scaling: P(default) = 1 / (1 + exp(-(slope * s + intercept))) where s is the model's raw log-odds.
 *
 * <p>Why: class weighting shifts a model's raw probabilities towards defaults and boosted trees are over-confident,
 * but a flag threshold and a risk officer both need probabilities that mean what they say. The two parameters are
 * fitted by Newton's method on out-of-fold raw scores (never on rows the raw model was trained on) with Platt's
 * smoothed targets (N+ + 1)/(N+ + 2) and 1/(N- + 2), which keep the fit finite on small, separable samples.
 */
public record PlattCalibration(double slope, double intercept) {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    public double probability(double rawLogOdds) {
        return sigmoid(slope * rawLogOdds + intercept);
    }

    /** Calibrated log-odds, the scale contributions are reported on. */
    public double logOdds(double rawLogOdds) {
        return slope * rawLogOdds + intercept;
    }

    public static PlattCalibration fit(double[] rawLogOdds, boolean[] defaulted) {
        int positives = 0;
        for (boolean d : defaulted) {
            positives += d ? 1 : 0;
        }
        int negatives = defaulted.length - positives;
        double high = (positives + 1.0) / (positives + 2.0);
        double low = 1.0 / (negatives + 2.0);
        double[] target = new double[defaulted.length];
        for (int i = 0; i < target.length; i++) {
            target[i] = defaulted[i] ? high : low;
        }
        double a = 0.0;
        double b = Math.log((positives + 1.0) / (negatives + 1.0));
        double loss = loss(rawLogOdds, target, a, b);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            // Gradient and Hessian of the cross-entropy in (a, b), plus a tiny ridge so the step always exists.
            double ga = 0;
            double gb = 0;
            double haa = 1e-12;
            double hab = 0;
            double hbb = 1e-12;
            for (int i = 0; i < target.length; i++) {
                double p = sigmoid(a * rawLogOdds[i] + b);
                double residual = p - target[i];
                double w = p * (1 - p);
                ga += residual * rawLogOdds[i];
                gb += residual;
                haa += w * rawLogOdds[i] * rawLogOdds[i];
                hab += w * rawLogOdds[i];
                hbb += w;
            }
            double determinant = haa * hbb - hab * hab;
            double da = -(hbb * ga - hab * gb) / determinant;
            double db = -(-hab * ga + haa * gb) / determinant;
            double step = 1.0;
            double next = loss(rawLogOdds, target, a + da, b + db);
            while (next > loss && step > 1e-8) {
                step /= 2;
                next = loss(rawLogOdds, target, a + step * da, b + step * db);
            }
            if (next > loss) {
                break;
            }
            a += step * da;
            b += step * db;
            boolean converged = loss - next < TOLERANCE;
            loss = next;
            if (converged) {
                break;
            }
        }
        return new PlattCalibration(a, b);
    }

    private static double loss(double[] scores, double[] target, double a, double b) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double z = a * scores[i] + b;
            // log(1 + e^z) - t*z, written to stay finite for large |z|
            sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - target[i] * z;
        }
        return sum;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
