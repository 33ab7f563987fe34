package dev.bankstream.system.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.TopicSpec;
import dev.bankstream.contract.Topics;
import dev.bankstream.platform.PrivatePlatform;
import dev.bankstream.platform.ServiceProcess;
import dev.bankstream.platform.StreamsProgress;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.ProductOffer;
import dev.bankstream.schemas.SegmentAssignment;
import dev.bankstream.schemas.SegmentChange;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.testsupport.TopicContents;

/**
 * Each real data set replayed by the packaged ingest-service through the packaged feature-service and
 * segment-service: both segmentations trained over REST on every account's latest behaviour, then the invariants
 * checked on what the service published, and the segments and the recommender's hit rate printed per data set.
 */
class SegmentsRealDataIT {

    private static final Path LOGS = Path.of("target", "system-tests", "segments");
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration REPLAY = Duration.ofMinutes(3);
    private static final Duration PROCESSING = Duration.ofMinutes(4);
    private static final Duration PLACING = Duration.ofMinutes(2);
    private static final Duration READING = Duration.ofMinutes(2);
    private static final List<String> SEGMENTATIONS = List.of("behavioural", "demographic");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void twm() throws Exception {
        throughTheServices("twm", "twm (Teradata Warehouse Miner sample, real)");
    }

    @Test
    void berka() throws Exception {
        throughTheServices("berka", "real Berka (partial: transactions to 1994-10-31)");
    }

    private void throughTheServices(String name, String dataSet) throws Exception {
        Optional<Path> folder = dataFolder(name);
        assumeTrue(folder.isPresent(), "Real-data test skipped: no folder shared/data/" + name + " above "
                + Path.of("").toAbsolutePath() + " (the " + name + " data set, see DESIGN.md)");
        Instant began = Instant.now();
        Path logs = LOGS.resolve(name);
        try (PrivatePlatform platform = PrivatePlatform.start(name, registryHome())) {
            // Given the data set replayed onto a fresh broker by the packaged ingest-service
            try (ServiceProcess replay = platform.connect(ServiceProcess.of("ingest-replay", packaged("bankstream.ingest.app")))
                    .arguments("replay", "--data", folder.get().toString())
                    .start(logs)) {
                assertThat(replay.awaitExit(REPLAY)).as("replay exit status; see %s", replay.log().toAbsolutePath()).isZero();
            }
            // And the packaged feature-service and segment-service through all of it (training only when asked)
            try (ServiceProcess features = platform.connect(ServiceProcess.of("feature-service", packaged("bankstream.feature.app")))
                    .env("QUARKUS_KAFKA_STREAMS_APPLICATION_ID", "feature-service-" + name).start(logs);
                    ServiceProcess segments = platform.connect(ServiceProcess.of("segment-service", packaged("bankstream.segment.app")))
                            .env("QUARKUS_KAFKA_STREAMS_APPLICATION_ID", "segment-service-" + name)
                            .env("BANKSTREAM_SEGMENTS_AUTO_TRAIN_MIN_ACCOUNTS", "0").start(logs)) {
                features.awaitReady(STARTUP);
                segments.awaitReady(STARTUP);
                StreamsProgress.awaitProcessed(platform.bootstrapServers(), "feature-service-" + name,
                        List.of(Topics.TRANSACTIONS.name(), Topics.ACCOUNT_EVENTS.name()), PROCESSING);
                // (the feature-service publishes the last days once its input has been silent for its input-wait,
                // 30 s by default: the behaviour topic must have stopped growing for longer than that)
                StreamsProgress.awaitQuiet(platform.bootstrapServers(), Topics.ACCOUNT_BEHAVIOUR.name(), Duration.ofSeconds(45),
                        PROCESSING);
                StreamsProgress.awaitProcessed(platform.bootstrapServers(), "segment-service-" + name,
                        List.of(Topics.ACCOUNT_BEHAVIOUR.name()), PROCESSING);

                // When both segmentations and the recommender are trained
                JsonNode report = post(segments, "/segmentations/train");
                Map<String, Integer> trainedOn = new HashMap<>();
                report.get("models").forEach(model -> trainedOn.put(model.get("name").asText(), model.get("accounts").asInt()));
                JsonNode first = await(segments, "/segmentations", list -> versions(list).stream().allMatch(v -> v.contains("-g1-")));

                // Then every account is placed in exactly one segment of each segmentation, but those whose latest
                // snapshot lacks too many of its features: those are on the dead-letter topic for it, with the reason
                Map<Long, AccountBehaviour> latest = latestOf(TopicContents.read(platform.bootstrapServers(),
                        Topics.ACCOUNT_BEHAVIOUR.name(), new LongDeserializer(), decoder(platform, Topics.ACCOUNT_BEHAVIOUR), READING));
                assertThat(report.get("accounts").asInt()).isEqualTo(latest.size());
                Map<Long, AccountSegments> current = awaitPlacements(platform, trainedOn);
                assertThat(current.keySet()).isSubsetOf(latest.keySet());
                List<ConsumerRecord<Long, DeadLetter>> deadLetters = TopicContents.read(platform.bootstrapServers(),
                        Topics.SEGMENT_DEAD_LETTERS.name(), new LongDeserializer(), decoder(platform, Topics.SEGMENT_DEAD_LETTERS), READING);
                for (String segmentation : SEGMENTATIONS) {
                    Set<Long> refused = new HashSet<>();
                    deadLetters.stream().filter(letter -> letter.value().getReason().startsWith(segmentation + " "))
                            .forEach(letter -> refused.add(letter.key()));
                    for (long account : latest.keySet()) {
                        boolean placed = current.containsKey(account) && current.get(account).getAssignments().stream()
                                .anyMatch(a -> a.getSegmentation().equals(segmentation));
                        assertThat(placed || refused.contains(account))
                                .as("account %d placed in %s or dead-lettered for it", account, segmentation).isTrue();
                    }
                }
                Map<String, Map<String, Integer>> sizes = new TreeMap<>();
                for (AccountSegments account : current.values()) {
                    for (String segmentation : SEGMENTATIONS) {
                        List<SegmentAssignment> in = account.getAssignments().stream()
                                .filter(a -> a.getSegmentation().equals(segmentation)).toList();
                        assertThat(in).as("account %d in %s", account.getAccountId(), segmentation).hasSizeLessThanOrEqualTo(1);
                        in.forEach(a -> sizes.computeIfAbsent(segmentation, s -> new TreeMap<>())
                                .merge(a.getSegment().getId() + " " + a.getSegment().getName(), 1, Integer::sum));
                    }
                }
                // And k is in 3..5, chosen with silhouette and Davies-Bouldin reported for every k tried
                for (JsonNode segmentation : first) {
                    assertThat(segmentation.get("k").asInt()).isBetween(3, 5);
                    assertThat(segmentation.get("candidates")).hasSize(3).allSatisfy(candidate -> {
                        assertThat(candidate.get("silhouette").asDouble()).isBetween(-1.0, 1.0);
                        assertThat(candidate.get("daviesBouldin").asDouble()).isPositive();
                    });
                    assertThat(sizes.get(segmentation.get("id").asText())).hasSize(segmentation.get("k").asInt());
                }

                // And a change event is published only when an account's segment changed, ending where it is now
                List<ConsumerRecord<Long, SegmentChange>> changes = TopicContents.read(platform.bootstrapServers(),
                        Topics.SEGMENT_CHANGES.name(), new LongDeserializer(), decoder(platform, Topics.SEGMENT_CHANGES), READING);
                Map<String, SegmentChange> last = new HashMap<>();
                for (ConsumerRecord<Long, SegmentChange> record : changes) {
                    SegmentChange change = record.value();
                    String key = change.getAccountId() + "/" + change.getSegmentation();
                    SegmentChange before = last.put(key, change);
                    if (before == null) {
                        assertThat(change.getFromSegment()).as("first event of %s", key).isNull();
                    } else {
                        assertThat(change.getFromSegment()).as("event after another of %s", key)
                                .isEqualTo(before.getToSegment());
                    }
                    assertThat(change.getToSegment()).as("event of %s", key).isNotEqualTo(change.getFromSegment());
                }
                last.forEach((key, change) -> assertThat(current.get(change.getAccountId()).getAssignments())
                        .as("%s ends where its last change took it", key)
                        .anyMatch(a -> a.getSegmentation().equals(change.getSegmentation())
                                && a.getSegment().equals(change.getToSegment())));

                // And offers never name a product the account holds in its latest behaviour
                Map<Long, ProductOffer> offers = awaitOffers(platform, latest.size());
                offers.forEach((account, offer) -> assertThat(offer.getOffers())
                        .as("offers to account %d", account)
                        .noneMatch(o -> held(latest.get(account)).contains(o.getProduct())));

                // (409 when no account holds two products: there is nothing to hide, as in twm)
                HttpResponse<String> evaluated = segments.get("/recommendations/evaluation");
                assertThat(evaluated.statusCode()).as(evaluated.body()).isIn(200, 409);
                JsonNode evaluation = JSON.readTree(evaluated.body());
                print(dataSet, report, first, sizes, changes.size(), offers.size(), evaluation, began);

                // When retrained on the same accounts, every segment that is found again keeps its id and name
                post(segments, "/segmentations/train");
                JsonNode second = await(segments, "/segmentations", list -> versions(list).stream().allMatch(v -> v.contains("-g2-")));
                for (int i = 0; i < first.size(); i++) {
                    JsonNode was = first.get(i);
                    JsonNode now = second.get(i);
                    Map<Integer, String> before = names(was);
                    Map<Integer, String> after = names(now);
                    System.out.printf("%s retrained: k %d -> %d, segments %s -> %s%n", was.get("id").asText(),
                            was.get("k").asInt(), now.get("k").asInt(), before, after);
                    after.forEach((id, segmentName) -> {
                        if (before.containsKey(id)) {
                            assertThat(segmentName).as("segment %d of %s after a retrain", id, was.get("id")).isEqualTo(before.get(id));
                        }
                    });
                    assertThat(after.keySet()).as("segments of %s found again", was.get("id"))
                            .containsAnyElementsOf(before.keySet());
                }
            }
        }
    }

    private static Map<Long, AccountSegments> awaitPlacements(PrivatePlatform platform, Map<String, Integer> trainedOn)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PLACING);
        Map<String, Long> placed = Map.of();
        while (Instant.now().isBefore(deadline)) {
            Map<Long, AccountSegments> current = latestOf(TopicContents.read(platform.bootstrapServers(),
                    Topics.SEGMENT_ASSIGNMENTS.name(), new LongDeserializer(),
                    decoder(platform, Topics.SEGMENT_ASSIGNMENTS), READING));
            placed = new HashMap<>();
            for (AccountSegments account : current.values()) {
                for (SegmentAssignment assignment : account.getAssignments()) {
                    placed.merge(assignment.getSegmentation(), 1L, Long::sum);
                }
            }
            Map<String, Long> now = placed;
            if (SEGMENTATIONS.stream().allMatch(s -> now.getOrDefault(s, 0L)
                    == (long) trainedOn.get("segmentation-" + s))) {
                return current;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("accounts placed per segmentation " + placed + ", trained on " + trainedOn);
    }

    private static Map<Long, ProductOffer> awaitOffers(PrivatePlatform platform, int accounts) throws InterruptedException {
        Instant deadline = Instant.now().plus(PLACING);
        Map<Long, ProductOffer> offers = Map.of();
        while (Instant.now().isBefore(deadline)) {
            offers = latestOf(TopicContents.read(platform.bootstrapServers(), Topics.OFFERS.name(), new LongDeserializer(),
                    decoder(platform, Topics.OFFERS), READING));
            if (offers.size() == accounts) {
                return offers;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(offers.size() + " accounts have offers, " + accounts + " have behaviour");
    }

    /** The products a snapshot shows, by the names offers use (computed here, apart from the service's code). */
    private static Set<String> held(AccountBehaviour behaviour) {
        Set<String> held = new HashSet<>();
        if (behaviour.getLoan() != null) {
            held.add("LOAN");
        }
        for (CardHeld card : behaviour.getCards()) {
            held.add(card.getCardType().name() + "_CARD");
        }
        for (StandingOrderHeld order : behaviour.getStandingOrders()) {
            switch (order.getPurpose().name()) {
                case "LOAN" -> held.add("LOAN");
                case "UNSPECIFIED" -> { }
                default -> held.add(order.getPurpose().name() + "_ORDER");
            }
        }
        return held;
    }

    private static void print(String dataSet, JsonNode report, JsonNode segmentations, Map<String, Map<String, Integer>> sizes,
            int changes, int offers, JsonNode evaluation, Instant began) {
        StringBuilder out = new StringBuilder("\n== segments on " + dataSet + ": " + report.get("accounts").asInt()
                + " accounts with behaviour (" + report.get("fromAsOf").asText() + " .. " + report.get("toAsOf").asText() + ")\n");
        for (JsonNode segmentation : segmentations) {
            String id = segmentation.get("id").asText();
            out.append(String.format("%s: k=%d%n", id, segmentation.get("k").asInt()));
            segmentation.get("candidates").forEach(c -> out.append(String.format("  k=%d silhouette %.3f, Davies-Bouldin %.3f%n",
                    c.get("k").asInt(), c.get("silhouette").asDouble(), c.get("daviesBouldin").asDouble())));
            sizes.get(id).forEach((segment, size) -> out.append(String.format("  segment %-40s %5d accounts%n", segment, size)));
        }
        out.append(String.format("segments.changes: %d events; offers for %d accounts%n", changes, offers));
        if (evaluation.has("error")) {
            out.append("hit rate@3 not measurable: ").append(evaluation.get("error").asText()).append('\n');
        } else {
            out.append(String.format("hit rate@%d (one held product hidden per account, %d accounts evaluated): item-item %.3f, most popular %.3f%n",
                    evaluation.get("k").asInt(), evaluation.get("evaluated").asInt(),
                    evaluation.get("itemItemHitRate").asDouble(), evaluation.get("popularityHitRate").asDouble()));
        }
        out.append(String.format("(whole run %.0f s)%n", Duration.between(began, Instant.now()).toMillis() / 1000.0));
        System.out.print(out);
    }

    private static Map<Integer, String> names(JsonNode segmentation) {
        Map<Integer, String> names = new TreeMap<>();
        segmentation.get("segments").forEach(segment -> names.put(segment.get("id").asInt(), segment.get("name").asText()));
        return names;
    }

    private static <V> Map<Long, V> latestOf(List<ConsumerRecord<Long, V>> records) {
        Map<Long, V> latest = new HashMap<>();
        records.forEach(record -> latest.put(record.key(), record.value()));
        return latest;
    }

    private static List<String> versions(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(s -> s.get("version").isNull() ? "" : s.get("version").asText()).toList();
    }

    private static <V extends SpecificRecord> Deserializer<V> decoder(PrivatePlatform platform,
            TopicSpec<?, V> topic) {
        return AvroSerdes.valueSerde(topic, platform.registryUrl()).deserializer();
    }

    private static JsonNode post(ServiceProcess service, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode await(ServiceProcess service, String path, Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(PLACING);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = service.get(path);
            if (last.statusCode() == 200 && done.test(JSON.readTree(last.body()))) {
                return JSON.readTree(last.body());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("GET " + path + " not as expected within " + PLACING + "; last: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private static Optional<Path> dataFolder(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Path registryHome() {
        return packaged("bankstream.registry.home");
    }

    /** The build passes each packaged service's path and the registry's home (see this module's pom). */
    private static Path packaged(String property) {
        String jar = System.getProperty(property);
        if (jar == null) {
            throw new IllegalStateException("System property " + property + " is not set: run through Maven (./mvnw verify)");
        }
        return Path.of(jar);
    }
}
