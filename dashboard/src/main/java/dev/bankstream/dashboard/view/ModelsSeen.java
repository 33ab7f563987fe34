package dev.bankstream.dashboard.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.bankstream.schemas.PublishedModel;

/** The latest published version of each model on the models topic, without its payload. */
public final class ModelsSeen {

    public record Model(String name, String version, String algorithm, Instant createdAt, String trainedOn,
            Map<String, Double> metrics) {
    }

    private final Map<String, Model> latest = new TreeMap<>();

    public void accept(PublishedModel model) {
        latest.put(model.getName(), new Model(model.getName(), model.getVersion(), model.getAlgorithm(),
                model.getCreatedAt(), model.getTrainedOn(), new TreeMap<>(model.getMetrics())));
    }

    public List<Model> view() {
        return List.copyOf(latest.values());
    }
}
