/**
 * Generates Berka-format data sets, deterministic by seed, for demos without a download, for load tests and for
 * backtests with known truth.
 *
 * <p>Entry points: {@link dev.bankstream.ingest.generate.BerkaGenerator#generate} writes a whole synthetic bank
 * ({@link dev.bankstream.ingest.generate.GeneratorOptions}: output folder, seed, scale, period; defaults give about
 * 4,500 accounts and a million transactions over 1993-1998).
 * {@link dev.bankstream.ingest.generate.BerkaGenerator#extend} continues a real, partial Berka folder past its last
 * transaction
 * ({@link dev.bankstream.ingest.generate.ExtensionOptions}). Both return a
 * {@link dev.bankstream.ingest.generate.GenerationSummary} whose first line says the data is generated.
 *
 * <p>A folder written here holds the eight Berka files in the original layout (headers, quoting, {@code YYMMDD}
 * dates, CRLF), plus {@code GENERATED}, a marker readers check for, and {@code ground-truth.csv}:
 * {@code account_id;profile;distress_onset;distress_end;loan_status;defaulted}, one row per account, ISO dates,
 * empty when not applicable. The onset is the first day of the month in which the account's income fell.
 *
 * <p>The model, per account and month: income (salary or pension transfers on a fixed day, cash deposits), standing
 * orders on their own day each month, loan instalments on the 12th from the month after the grant, card and cash
 * withdrawals that steer the balance towards a target, and at month end the statement fee (by statement
 * frequency), sanction interest for days below zero and interest for days above. Borrowers who default (status B
 * or D) lose most of their income at the onset but keep spending: savings run out, the account is overdrawn,
 * sanction interest appears and instalments bounce before the as-of date.
 *
 * <p>Transactions stream to disk one month at a time; only per-account state stays in memory.
 */
package dev.bankstream.ingest.generate;
