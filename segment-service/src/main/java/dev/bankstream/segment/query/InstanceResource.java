package dev.bankstream.segment.query;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * This instance's part of the views over all accounts, for the other instances that merge them. The snapshots go
 * as they are stored (Confluent-format Avro, the registry's schema ids), which every instance reads alike.
 */
@Path("/instance")
public class InstanceResource {

    static final String SNAPSHOTS = "/instance/snapshots";
    static final String ACCOUNT_COUNT = "/instance/accounts/count";

    private final SegmentQueries queries;

    InstanceResource(SegmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/snapshots")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "This instance's latest behaviour snapshots, each as a 4-byte length and its Avro bytes")
    public byte[] snapshots() {
        return queries.localSnapshotBatch();
    }

    @GET
    @Path("/accounts/count")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "How many accounts with behaviour this instance holds")
    public String accountCount() {
        return Long.toString(queries.localAccountCount());
    }
}
