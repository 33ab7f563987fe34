package dev.bankstream.feature.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Per-account behaviour over REST. Any instance answers: a question about an account another instance owns is
 * forwarded to it over HTTP ({@code scope=instance} marks a forwarded question, answered from local state only).
 */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountBehaviourResource {

    static final int MAX_PAGE_END = 10_000;
    private static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(10);

    private final BehaviourQueries queries;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(FORWARD_TIMEOUT).build();

    AccountBehaviourResource(BehaviourQueries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GET
    @Path("/{accountId}/behaviour")
    @Operation(summary = "An account's behaviour features as of the latest day known for it (open days included)")
    public Response behaviour(@PathParam("accountId") long accountId,
            @Parameter(description = "cluster (default) asks the owning instance; instance answers from local state only")
            @QueryParam("scope") @DefaultValue("cluster") String scope) throws IOException, InterruptedException {
        if (!"instance".equals(scope)) {
            Optional<HostInfo> owner = queries.ownerOf(accountId);
            if (owner.isEmpty()) {
                return unavailable("the account's partition has no active owner right now (rebalancing)");
            }
            if (!queries.isSelf(owner.get())) {
                return forward(owner.get(), "/accounts/" + accountId + "/behaviour?scope=instance");
            }
        }
        return queries.localBehaviour(accountId)
                .map(behaviour -> Response.ok(behaviour).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(error("no account " + accountId)).build());
    }

    @GET
    @Operation(summary = "Accounts by id, a page at a time, with their balance and transaction count")
    public Response list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("scope") @DefaultValue("cluster") String scope) throws IOException, InterruptedException {
        if (offset < 0 || limit < 1 || offset + limit > MAX_PAGE_END) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(error("need offset >= 0, limit >= 1 and offset + limit <= " + MAX_PAGE_END))
                    .build();
        }
        if ("instance".equals(scope)) {
            return Response.ok(queries.localFirst(offset + limit)).build();
        }
        long total = 0;
        List<AccountSummary> merged = new ArrayList<>();
        for (HostInfo instance : queries.instances()) {
            AccountPage part = queries.isSelf(instance)
                    ? queries.localFirst(offset + limit)
                    : fetchPage(instance, offset + limit);
            total += part.total();
            merged.addAll(part.accounts());
        }
        merged.sort(Comparator.comparingLong(AccountSummary::accountId));
        List<AccountSummary> page = merged.subList(Math.min(offset, merged.size()), Math.min(offset + limit, merged.size()));
        return Response.ok(new AccountPage(offset, limit, total, List.copyOf(page))).build();
    }

    @ServerExceptionMapper
    Response storesNotReady(InvalidStateStoreException e) {
        return unavailable("state stores are not queryable yet: " + e.getMessage());
    }

    @ServerExceptionMapper
    Response ownerUnreachable(IOException e) {
        return Response.status(Response.Status.BAD_GATEWAY)
                .entity(error("the owning instance did not answer: " + e.getMessage()))
                .build();
    }

    private AccountPage fetchPage(HostInfo instance, int count) throws IOException, InterruptedException {
        HttpResponse<String> response = get(instance, "/accounts?scope=instance&offset=0&limit=" + count);
        if (response.statusCode() != 200) {
            throw new IOException(instance + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readValue(response.body(), AccountPage.class);
    }

    private Response forward(HostInfo owner, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(owner, pathAndQuery);
        return Response.status(response.statusCode()).entity(response.body()).type(MediaType.APPLICATION_JSON).build();
    }

    private HttpResponse<String> get(HostInfo instance, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + instance.host() + ":" + instance.port() + pathAndQuery))
                .timeout(FORWARD_TIMEOUT)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Response unavailable(String reason) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", "1")
                .entity(error(reason))
                .build();
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message);
    }
}
