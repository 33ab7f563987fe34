package dev.bankstream.ingest.generate;

import java.util.SplittableRandom;

/**
 * Seeded randomness with the distributions the generator needs. Each account draws from its own stream derived from
 * (seed, purpose, account id), so an account's history does not depend on how many other accounts exist or in which
 * order they are simulated. StrictMath keeps the floating-point results, and so the output bytes, equal on every JVM.
 */
final class Rng {

    /** Purposes of the derived streams; each keeps its draws apart from the others'. */
    static final long DISTRICTS = 1;
    static final long OPENINGS = 2;
    static final long ACCOUNT_PLAN = 3;
    static final long ACCOUNT_ACTIVITY = 4;
    static final long EXTENSION_PLAN = 5;

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static Rng derive(long seed, long purpose, long key) {
        return new Rng(mix(mix(mix(seed) ^ purpose * 0x9E3779B97F4A7C15L) ^ key * 0xC2B2AE3D27D4EB4FL));
    }

    static Rng derive(long seed, long purpose) {
        return derive(seed, purpose, 0);
    }

    /** SplitMix64's finaliser: nearby seeds give unrelated streams. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return random.nextDouble();
    }

    double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    int between(int low, int highInclusive) {
        return low + random.nextInt(highInclusive - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    double logUniform(double low, double high) {
        return low * StrictMath.exp(StrictMath.log(high / low) * random.nextDouble());
    }

    /** Knuth's method; the means used here are small (a few events a month). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = StrictMath.exp(-mean);
        int count = 0;
        double product = random.nextDouble();
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** An index drawn with the given relative weights. */
    int pick(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
