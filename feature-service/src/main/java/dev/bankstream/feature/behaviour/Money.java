package dev.bankstream.feature.behaviour;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are kept in whole cents (hellers) so that sums over years of transactions stay exact. */
final class Money {

    private Money() {
    }

    static long cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    static double crowns(long cents) {
        return cents / 100.0;
    }
}
