package dev.bankstream.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.bankstream.ingest.source.berka.BerkaFolder;
import dev.bankstream.testsupport.KafkaPlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Start, follow and inspect a replay over REST, with the real broker and registry behind the service. */
@QuarkusTest
@QuarkusTestResource(KafkaPlatformResource.class)
class ReplayResourceTest {

    @Test
    void aReplayStartedOverRestRunsToCompletionAndReportsItsCounts() throws Exception {
        // Given a small Berka folder
        Path data = BerkaFolder.small().writeTo(Files.createTempDirectory("rest-replay-"));

        // When a replay of it is started over REST
        String id = given().contentType(ContentType.JSON).body(Map.of("dataSet", data.toString()))
                .post("/replays")
                .then().statusCode(202).extract().path("replayId");

        // Then its status reaches COMPLETED with the counts per topic and per file
        JsonPath status = awaitFinished(id);
        assertThat(status.getString("state")).isEqualTo("COMPLETED");
        assertThat(status.getLong("eventsPerTopic.'bank.transactions'")).isEqualTo(4);
        assertThat(status.getLong("filesRead.'trans.asc'.accepted")).isEqualTo(4);
        assertThat(status.getString("format")).isEqualTo("berka");
        assertThat(status.getDouble("progress")).isEqualTo(1.0);

        // And the metrics carry the replay's figures
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("bankstream_replay_events_total{replay=\"" + id + "\"}"));
    }

    @Test
    void aMissingFolderIsABadRequestWithTheReason() {
        given().contentType(ContentType.JSON).body(Map.of("dataSet", "/no/such/folder"))
                .post("/replays")
                .then().statusCode(400).body("error", containsString("/no/such/folder"));
    }

    @Test
    void anUnknownReplayIsNotFound() {
        given().get("/replays/nope").then().statusCode(404);
        given().delete("/replays/nope").then().statusCode(404);
    }

    @Test
    void theListIncludesEveryReplay() throws Exception {
        Path data = BerkaFolder.small().writeTo(Files.createTempDirectory("rest-replay-"));
        String id = given().contentType(ContentType.JSON).body(Map.of("dataSet", data.toString(), "replayId", "listed-replay"))
                .post("/replays").then().statusCode(202).extract().path("replayId");
        awaitFinished(id);

        given().get("/replays").then().statusCode(200).body("find { it.replayId == 'listed-replay' }.state", equalTo("COMPLETED"));
    }

    private static JsonPath awaitFinished(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath status = given().get("/replays/" + id).then().statusCode(200).extract().jsonPath();
            if (!status.getString("state").equals("RUNNING")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Replay " + id + " did not finish within 60 s");
    }
}
