package dev.bankstream.dashboard.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** GETs from the other services' REST APIs, whose base URLs are settings. */
@ApplicationScoped
public class ServiceClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> baseUrls;

    ServiceClient(@ConfigProperty(name = "bankstream.dashboard.ingest-url") String ingest,
            @ConfigProperty(name = "bankstream.dashboard.scoring-url") String scoring,
            @ConfigProperty(name = "bankstream.dashboard.segment-url") String segment) {
        this.baseUrls = Map.of("ingest", ingest, "scoring", scoring, "segment", segment);
    }

    /** An answer of another service, or why there is none. */
    public record Answer(int status, String body) {

        public boolean ok() {
            return status == 200;
        }
    }

    public Answer get(String service, String pathAndQuery) {
        String url = baseUrls.get(service) + pathAndQuery;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(502, ServiceViewsResource.error("the " + service + "-service at " + url
                    + " did not answer (" + e.getClass().getSimpleName() + "); set BANKSTREAM_DASHBOARD_"
                    + service.toUpperCase() + "_URL if it runs elsewhere"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(503, ServiceViewsResource.error("interrupted"));
        }
    }

    /** The answer passed on as it came, JSON either way. */
    public Response relay(String service, String pathAndQuery) {
        Answer answer = get(service, pathAndQuery);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }
}
