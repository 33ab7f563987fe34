package dev.bankstream.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every Bankstream service answers, tested against the real broker and registry. A service's test extends this
 * and carries {@code @QuarkusTest} and {@code @QuarkusTestResource(KafkaPlatformResource.class)}.
 */
public abstract class ServiceConventionsContract {

    /** Readiness may include Kafka Streams reaching RUNNING, which follows startup by a group rebalance. */
    @BeforeEach
    void becomesReadyWithinThirtySeconds() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (given().get("/q/health/ready").statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not ready within 30 s: " + given().get("/q/health/ready").asString());
            }
            Thread.sleep(200);
        }
    }

    @Test
    void healthIsUpWithKafkaInTheLoop() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void metricsAreServedInPrometheusFormat() {
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDescribesTheService() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", containsString(serviceTitle()));
    }

    /** A word the service's OpenAPI title contains. */
    protected abstract String serviceTitle();
}
