package dev.bankstream.segment.query;

import java.io.IOException;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What a query says when the state it needs cannot be read right now. */
public class StoreUnavailableMapper {

    /** While Kafka Streams starts or rebalances, the stores cannot be read: say so, and when to ask again. */
    @ServerExceptionMapper
    public Response storesNotReady(InvalidStateStoreException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .entity(Map.of("error", "state stores are not queryable yet: " + e.getMessage())).build();
    }

    /** A view over all accounts is not given incomplete: the instance that did not answer is named. */
    @ServerExceptionMapper
    public Response instanceUnreachable(InstanceUnreachableException e) {
        return badGateway(e.getMessage());
    }

    /** A forwarded question whose owner did not answer. */
    @ServerExceptionMapper
    public Response ownerUnreachable(IOException e) {
        return badGateway("the owning instance did not answer: " + e.getMessage());
    }

    private static Response badGateway(String message) {
        return Response.status(Response.Status.BAD_GATEWAY).entity(Map.of("error", message)).build();
    }
}
