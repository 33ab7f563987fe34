package dev.bankstream.scoring.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A job process must not score online, or every flag would be emitted twice. */
class JobModeCheckTest {

    private final JobModeCheck check = new JobModeCheck();

    @Test
    void trainWithOnlineScoringOnIsRefusedAtStartup() {
        assertThatThrownBy(() -> check.refuseOnlineJobs(null, new String[] {"train", "--data-origin", "generated"}, true))
                .hasMessageContaining("-Dbankstream.scoring.online=false");
    }

    @Test
    void serviceAndOfflineJobsStart() {
        assertThatCode(() -> check.refuseOnlineJobs(null, new String[0], true)).doesNotThrowAnyException();
        assertThatCode(() -> check.refuseOnlineJobs(null, new String[] {"train"}, false)).doesNotThrowAnyException();
    }
}
