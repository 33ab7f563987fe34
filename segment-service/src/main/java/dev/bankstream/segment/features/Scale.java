package dev.bankstream.segment.features;

/**
 * How a raw feature value is mapped before standardization. Money amounts are heavy-tailed: without a log
 * a handful of rich accounts would become clusters of their own, so they are compressed with a signed log.
 */
public enum Scale {
    LINEAR {
        @Override
        public double forward(double raw) {
            return raw;
        }

        @Override
        public double inverse(double scaled) {
            return scaled;
        }
    },
    /** sign(x) * ln(1 + |x|): defined for negative balances too, and 0 stays 0. */
    SIGNED_LOG {
        @Override
        public double forward(double raw) {
            return Math.copySign(Math.log1p(Math.abs(raw)), raw);
        }

        @Override
        public double inverse(double scaled) {
            return Math.copySign(Math.expm1(Math.abs(scaled)), scaled);
        }
    };

    public abstract double forward(double raw);

    public abstract double inverse(double scaled);
}
