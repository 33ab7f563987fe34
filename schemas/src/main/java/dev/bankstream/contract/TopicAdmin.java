package dev.bankstream.contract;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the contract's topics that do not exist yet; existing topics are left as they are. */
public final class TopicAdmin {

    private TopicAdmin() {
    }

    /** @return the names of the topics it created */
    public static List<String> createMissing(Admin admin, short replicationFactor)
            throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = Topics.ALL.stream()
                .filter(spec -> !existing.contains(spec.name()))
                .map(spec -> spec.toNewTopic(replicationFactor))
                .toList();
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get();
        }
        return missing.stream().map(NewTopic::name).toList();
    }
}
