package dev.bankstream.feature.behaviour;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.Gender;

/** What the features use of a client: birth date (or a source's stated age) and gender. */
public record ClientProfile(long clientId, LocalDate birthDate, Integer ageAtSource, Gender gender) {

    public static ClientProfile of(Client client) {
        return new ClientProfile(client.getClientId(), client.getBirthDate(), client.getAgeAtSource(), client.getGender());
    }

    /** Age in whole years on the day; a source without birth dates gives one fixed age. */
    Optional<Integer> ageOn(LocalDate day) {
        if (birthDate != null) {
            return day.isBefore(birthDate) ? Optional.empty() : Optional.of(Period.between(birthDate, day).getYears());
        }
        return Optional.ofNullable(ageAtSource);
    }
}
