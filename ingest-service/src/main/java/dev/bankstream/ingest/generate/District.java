package dev.bankstream.ingest.generate;

/**
 * One district.asc row. Percentages are kept in tenths and hundredths so they print exactly as the original
 * (A10 with one decimal, A12 and A13 with two). {@code missing1995} leaves A12 and A15 as {@code ?}, as the
 * original does for one district.
 */
record District(int id, String name, String region, int inhabitants, int villagesUnder500, int villagesUnder2000,
        int townsUnder10000, int townsOver10000, int cities, int urbanTenthsOfPercent, int averageSalary,
        int unemployment1995Hundredths, int unemployment1996Hundredths, int entrepreneursPer1000, int crimes1995,
        int crimes1996, boolean missing1995) {

    private static final String MISSING = "?";

    String row() {
        StringBuilder out = new StringBuilder(96);
        out.append(id).append(';').append(BerkaText.quoted(name)).append(';').append(BerkaText.quoted(region))
                .append(';').append(inhabitants).append(';').append(villagesUnder500).append(';')
                .append(villagesUnder2000).append(';').append(townsUnder10000).append(';').append(townsOver10000)
                .append(';').append(cities).append(';').append(urbanTenthsOfPercent / 10).append('.')
                .append(urbanTenthsOfPercent % 10).append(';').append(averageSalary).append(';');
        if (missing1995) {
            out.append(MISSING);
        } else {
            BerkaText.appendMoney(out, unemployment1995Hundredths);
        }
        out.append(';');
        BerkaText.appendMoney(out, unemployment1996Hundredths).append(';').append(entrepreneursPer1000).append(';');
        out.append(missing1995 ? MISSING : Integer.toString(crimes1995));
        return out.append(';').append(crimes1996).toString();
    }
}
