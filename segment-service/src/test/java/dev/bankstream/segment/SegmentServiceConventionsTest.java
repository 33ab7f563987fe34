package dev.bankstream.segment;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;

import dev.bankstream.testsupport.KafkaPlatformResource;
import dev.bankstream.testsupport.ServiceConventionsContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaPlatformResource.class)
class SegmentServiceConventionsTest extends ServiceConventionsContract {

    /** Readiness includes Kafka Streams reaching RUNNING, which follows startup by a group rebalance. */
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

    @Override
    protected String serviceTitle() {
        return "segment";
    }
}
