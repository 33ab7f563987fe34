package dev.bankstream.segment.query;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** While Kafka Streams starts or rebalances, the stores cannot be read: say so, and when to ask again. */
public class StoreUnavailableMapper {

    @ServerExceptionMapper
    public Response storesNotReady(InvalidStateStoreException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .entity(Map.of("error", "state stores are not queryable yet: " + e.getMessage())).build();
    }
}
