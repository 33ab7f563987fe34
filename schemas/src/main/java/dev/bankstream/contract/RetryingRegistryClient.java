package dev.bankstream.contract;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.apicurio.registry.resolver.client.RegistryArtifactReference;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.client.RegistryVersionCoordinates;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.vertx.core.http.HttpClosedException;

/**
 * A registry client that tries a request again when it failed on its way: the connection closed under it, or could
 * not be made. Apicurio's own retries miss these, which reach them wrapped twice; an answer from the registry (an
 * error status included) is never retried. Every call is a lookup, or a registration that finds the schema when it is
 * already there, so a second try is safe.
 */
final class RetryingRegistryClient implements RegistryClientFacade {

    private static final System.Logger LOG = System.getLogger(RetryingRegistryClient.class.getName());
    static final List<Duration> BACKOFFS = List.of(Duration.ofMillis(200), Duration.ofSeconds(1));

    private final RegistryClientFacade client;
    private final String registryUrl;

    RetryingRegistryClient(RegistryClientFacade client, String registryUrl) {
        this.client = client;
        this.registryUrl = registryUrl;
    }

    private <T> T retrying(Supplier<T> request) {
        for (int attempt = 0;; attempt++) {
            try {
                return request.get();
            } catch (RuntimeException e) {
                if (attempt == BACKOFFS.size() || !failedOnItsWay(e)) {
                    throw e;
                }
                LOG.log(System.Logger.Level.WARNING, "Schema registry at {0}: {1}; trying again in {2} ms",
                        registryUrl, rootCause(e), BACKOFFS.get(attempt).toMillis());
                pause(BACKOFFS.get(attempt));
            }
        }
    }

    private static boolean failedOnItsWay(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to ask the schema registry again", e);
        }
    }

    @Override
    public String getSchemaByContentId(Long contentId) {
        return retrying(() -> client.getSchemaByContentId(contentId));
    }

    @Override
    public String getSchemaByGlobalId(long globalId, boolean dereferenced) {
        return retrying(() -> client.getSchemaByGlobalId(globalId, dereferenced));
    }

    @Override
    public String getSchemaByGAV(String groupId, String artifactId, String version) {
        return retrying(() -> client.getSchemaByGAV(groupId, artifactId, version));
    }

    @Override
    public String getSchemaByContentHash(String contentHash) {
        return retrying(() -> client.getSchemaByContentHash(contentHash));
    }

    @Override
    public List<RegistryArtifactReference> getReferencesByContentId(long contentId) {
        return retrying(() -> client.getReferencesByContentId(contentId));
    }

    @Override
    public List<RegistryArtifactReference> getReferencesByGlobalId(long globalId) {
        return retrying(() -> client.getReferencesByGlobalId(globalId));
    }

    @Override
    public List<RegistryArtifactReference> getReferencesByGAV(String groupId, String artifactId, String version) {
        return retrying(() -> client.getReferencesByGAV(groupId, artifactId, version));
    }

    @Override
    public List<RegistryArtifactReference> getReferencesByContentHash(String contentHash) {
        return retrying(() -> client.getReferencesByContentHash(contentHash));
    }

    @Override
    public List<RegistryVersionCoordinates> searchVersionsByContent(String schema, String artifactType,
            ArtifactReference reference, boolean canonical) {
        return retrying(() -> client.searchVersionsByContent(schema, artifactType, reference, canonical));
    }

    @Override
    public RegistryVersionCoordinates createSchema(String artifactType, String groupId, String artifactId,
            String version, String ifExists, boolean canonical, String schema, Set<RegistryArtifactReference> references) {
        return retrying(() -> client.createSchema(artifactType, groupId, artifactId, version, ifExists, canonical, schema,
                references));
    }

    @Override
    public RegistryVersionCoordinates getVersionCoordinatesByGAV(String groupId, String artifactId, String version) {
        return retrying(() -> client.getVersionCoordinatesByGAV(groupId, artifactId, version));
    }

    @Override
    public Object getClient() {
        return client.getClient();
    }
}
