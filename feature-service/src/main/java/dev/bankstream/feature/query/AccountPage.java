package dev.bankstream.feature.query;

import java.util.List;

/**
 * A page of the account listing, ordered by account id.
 *
 * @param total accounts known to the instances that answered
 */
public record AccountPage(int offset, int limit, long total, List<AccountSummary> accounts) {
}
