package dev.bankstream.ingest.generate;

/**
 * Where an account's money comes from. The real sample splits roughly a fifth salaried (monthly transfer from an
 * employer), a fifth pensioners (DUCHOD), and the rest living on cash deposits.
 */
public enum IncomeProfile {
    SALARIED,
    PENSIONER,
    CASH_EARNER
}
