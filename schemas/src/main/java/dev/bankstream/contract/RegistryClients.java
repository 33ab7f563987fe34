package dev.bankstream.contract;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.apicurio.registry.client.RegistryClientFactory;
import io.apicurio.registry.client.common.RegistryClientOptions;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.client.RegistryClientFacadeImpl;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * The schema-registry clients of our serdes: one per registry URL and timeout in a JVM, on a Vert.x instance of their
 * own, and no request waits for its answer longer than the timeout.
 *
 * <p>Left to themselves, Apicurio's serdes build their client on the Vert.x they find through CDI - inside a Quarkus
 * app, the app's, which Quarkus closes when it restarts the app (tests with several profiles) - and a serializer then
 * waits for a response without a limit: two CI runs hung for good in a schema registration that never got one. Here
 * a connection that carries nothing for the timeout is closed, which fails the request (the serializer then throws
 * with the URL) instead of blocking the thread forever. A request that failed on its way (a closed connection, a
 * refused connect) is tried again by {@link RetryingRegistryClient}.
 */
final class RegistryClients {

    /** bankstream.registry.timeout (e.g. 30s), or the environment's BANKSTREAM_REGISTRY_TIMEOUT. */
    static final Duration TIMEOUT = timeout(System.getProperty("bankstream.registry.timeout",
            System.getenv().getOrDefault("BANKSTREAM_REGISTRY_TIMEOUT", "30s")));

    private static final Map<String, RegistryClientFacade> CLIENTS = new ConcurrentHashMap<>();

    private RegistryClients() {
    }

    static RegistryClientFacade forUrl(String registryUrl) {
        return forUrl(registryUrl, TIMEOUT);
    }

    static RegistryClientFacade forUrl(String registryUrl, Duration timeout) {
        return CLIENTS.computeIfAbsent(registryUrl + " " + timeout, key -> {
            WebClientOptions options = new WebClientOptions()
                    .setConnectTimeout((int) timeout.toMillis())
                    .setIdleTimeout((int) timeout.toMillis())
                    .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                    // The pool lets go of an unused connection before the idle timeout can close it under a request.
                    .setKeepAliveTimeout(Math.max(1, (int) timeout.toSeconds() / 2));
            return new RetryingRegistryClient(new RegistryClientFacadeImpl(RegistryClientFactory.create(RegistryClientOptions
                    .create(registryUrl, OwnVertx.INSTANCE)
                    .customWebClient(WebClient.create(OwnVertx.INSTANCE, options)))), registryUrl);
        });
    }

    /** "30s", "500ms", "2m": the short form of durations used in our application.properties. */
    static Duration timeout(String text) {
        String trimmed = text.trim().toLowerCase(java.util.Locale.ROOT);
        Duration timeout = trimmed.endsWith("ms")
                ? Duration.ofMillis(Long.parseLong(trimmed.substring(0, trimmed.length() - 2)))
                : Duration.parse("PT" + trimmed.toUpperCase(java.util.Locale.ROOT));
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The registry timeout must be positive, not " + text);
        }
        return timeout;
    }

    /** Started on first use; daemon threads, so that it never keeps a finished command alive. */
    private static final class OwnVertx {

        static final Vertx INSTANCE = Vertx.vertx(new VertxOptions()
                .setUseDaemonThread(true)
                .setEventLoopPoolSize(1)
                .setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
    }
}
