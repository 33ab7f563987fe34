package dev.bankstream.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/**
 * What every Bankstream service answers, tested against the real broker and registry. A service's test extends this
 * and carries {@code @QuarkusTest} and {@code @QuarkusTestResource(KafkaPlatformResource.class)}.
 */
public abstract class ServiceConventionsContract {

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
