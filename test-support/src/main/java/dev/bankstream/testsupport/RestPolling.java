package dev.bankstream.testsupport;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import io.restassured.response.Response;

/** Asks a service's REST endpoint again and again until its answer is the one expected, for a bounded time. */
public final class RestPolling {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private RestPolling() {
    }

    /** The first answer to GET {@code path} that {@code done} accepts; fails with the last answer at the deadline. */
    public static Response await(String path, Predicate<Response> done, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Optional<Response> last = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            Response response = given().get(path);
            last = Optional.of(response);
            if (done.test(response)) {
                return response;
            }
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("GET " + path + " not as expected within " + patience + "; last answer: "
                + last.map(Response::asString).orElse("none"));
    }
}
