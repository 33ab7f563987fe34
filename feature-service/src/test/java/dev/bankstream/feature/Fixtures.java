package dev.bankstream.feature;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.AccountOpened;
import dev.bankstream.schemas.CardIssued;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.ClientLinked;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.District;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.LoanGranted;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderSet;
import dev.bankstream.schemas.StatementFrequency;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/** Input records as ingest publishes them, built in one line each. */
public final class Fixtures {

    /** Day 0 of the tests' calendars. */
    public static final LocalDate DAY_0 = LocalDate.of(1995, 1, 1);

    private static long nextId = 1;

    private Fixtures() {
    }

    public static LocalDate day(int n) {
        return DAY_0.plusDays(n);
    }

    public static Transaction credit(long account, int day, TransactionKind kind, String amount, String balanceAfter) {
        return transaction(account, day, TransactionDirection.CREDIT, kind, amount, balanceAfter);
    }

    public static Transaction debit(long account, int day, TransactionKind kind, String amount, String balanceAfter) {
        return transaction(account, day, TransactionDirection.DEBIT, kind, amount, balanceAfter);
    }

    public static Transaction transaction(long account, int day, TransactionDirection direction, TransactionKind kind,
            String amount, String balanceAfter) {
        return Transaction.newBuilder()
                .setTransactionId(nextId++)
                .setAccountId(account)
                .setBookingDate(day(day))
                .setDirection(direction)
                .setKind(kind)
                .setAmount(new BigDecimal(amount).setScale(2))
                .setBalanceAfter(new BigDecimal(balanceAfter).setScale(2))
                .build();
    }

    public static AccountEvent opened(long account, int day, int districtId) {
        return event(account, day, new AccountOpened(districtId, StatementFrequency.MONTHLY, "CURRENT"));
    }

    public static AccountEvent clientLinked(long account, int day, long clientId, ClientRole role) {
        return event(account, day, new ClientLinked(clientId, nextId++, role));
    }

    public static AccountEvent cardIssued(long account, int day, CardType type) {
        return event(account, day, new CardIssued(nextId++, nextId++, type));
    }

    public static AccountEvent standingOrder(long account, int day, OrderPurpose purpose, String amount) {
        return event(account, day, new StandingOrderSet(nextId++, "AB", "12345678", new BigDecimal(amount).setScale(2), purpose));
    }

    public static AccountEvent loanGranted(long account, int day, long loanId, String amount, int months, String payment) {
        return event(account, day, new LoanGranted(loanId, new BigDecimal(amount).setScale(2), months,
                new BigDecimal(payment).setScale(2)));
    }

    public static District district(int id, int averageSalary, long inhabitants, long crimes1996) {
        return District.newBuilder()
                .setDistrictId(id).setName("District " + id).setRegion("Region")
                .setInhabitants(inhabitants)
                .setMunicipalitiesUnder500(1).setMunicipalities500To1999(1).setMunicipalities2000To9999(1)
                .setMunicipalitiesOver10000(1).setCities(1)
                .setUrbanRatioPercent(60.5).setAverageSalary(averageSalary)
                .setUnemploymentRate1995(3.0).setUnemploymentRate1996(3.5)
                .setEntrepreneursPer1000(120).setCrimes1995(null).setCrimes1996(crimes1996)
                .build();
    }

    public static Client client(long id, LocalDate birthDate, Gender gender) {
        return Client.newBuilder().setClientId(id).setBirthDate(birthDate).setGender(gender).setDistrictId(1).build();
    }

    private static AccountEvent event(long account, int day, Object payload) {
        return AccountEvent.newBuilder().setAccountId(account).setEventDate(day(day)).setPayload(payload).build();
    }
}
