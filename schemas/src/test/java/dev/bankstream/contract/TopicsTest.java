package dev.bankstream.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyTopicHasAUniqueNameAndAnAvroValue() {
        Set<String> names = Topics.ALL.stream().map(TopicSpec::name).collect(Collectors.toSet());

        assertThat(names).hasSameSizeAs(Topics.ALL);
        assertThat(Topics.ALL).allSatisfy(spec -> assertThat(SpecificRecord.class).isAssignableFrom(spec.valueType()));
    }

    @Test
    void accountKeyedStreamsAreCoPartitioned() {
        assertThat(Topics.TRANSACTIONS.partitions()).isEqualTo(Topics.ACCOUNT_EVENTS.partitions());
        assertThat(Topics.ACCOUNT_BEHAVIOUR.partitions()).isEqualTo(Topics.TRANSACTIONS.partitions());
    }

    @Test
    void tablesAreCompacted() {
        assertThat(Topics.DISTRICTS.toNewTopic((short) 1).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.MODELS.toNewTopic((short) 1).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.TRANSACTIONS.toNewTopic((short) 1).configs()).containsEntry("cleanup.policy", "delete");
    }
}
