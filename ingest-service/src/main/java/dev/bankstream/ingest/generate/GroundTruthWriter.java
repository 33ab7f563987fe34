package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes ground-truth.csv: per account, its income profile, when distress began and ended (empty if never, or if
 * it lasted to the end), its loan status and whether it defaulted (loan status B or D). Dates are ISO.
 */
final class GroundTruthWriter {

    static void write(Path folder, List<AccountPlan> accounts, String lineEnd) throws IOException {
        try (TableWriter out = TableWriter.create(folder.resolve(BerkaLayout.GROUND_TRUTH),
                BerkaLayout.GROUND_TRUTH_HEADER, lineEnd)) {
            StringBuilder row = new StringBuilder(64);
            for (AccountPlan account : accounts) {
                row.setLength(0);
                Distress distress = account.distress();
                Loan loan = account.loan();
                row.append(account.accountId()).append(';').append(account.profile().name()).append(';')
                        .append(distress == null ? "" : distress.onset().toString()).append(';')
                        .append(distress == null || distress.end() == null ? "" : distress.end().toString())
                        .append(';').append(loan == null ? "" : loan.status().name()).append(';')
                        .append(loan != null && loan.status().isBad());
                out.row(row);
            }
        }
    }

    private GroundTruthWriter() {
    }
}
