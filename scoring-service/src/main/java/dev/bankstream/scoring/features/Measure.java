package dev.bankstream.scoring.features;

import java.util.function.Function;

import dev.bankstream.schemas.AccountBehaviour;

/**
 * One named number read off an account's behaviour, e.g. {@code balance.min.90d}.
 *
 * @param name        stable dotted name used in rule configs and model features
 * @param description what it is, in plain words, without the value
 * @param unit        how its value is written
 * @param reader      the value, or null when the behaviour does not know it (no credit yet, no district, ...)
 */
public record Measure(String name, String description, Unit unit, Function<AccountBehaviour, Double> reader) {

    /** The value for this account, or null when unknown. */
    public Double read(AccountBehaviour behaviour) {
        return reader.apply(behaviour);
    }
}
