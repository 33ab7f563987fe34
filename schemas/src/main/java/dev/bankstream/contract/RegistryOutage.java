package dev.bankstream.contract;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

import com.microsoft.kiota.ApiException;

/**
 * Tells a registry that cannot answer from a record that cannot be decoded: the first is the service's problem, and
 * dead-lettering good records because of it would lose them, so the stream fails and retries instead. Unreachable
 * (connection refused, timeouts, unknown host) and server errors (5xx, 429) count as outages; an unknown schema id
 * (404) or malformed bytes do not.
 */
public final class RegistryOutage {

    private RegistryOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException || cause instanceof HttpTimeoutException) {
                return true;
            }
            if (cause instanceof ApiException api && (api.getResponseStatusCode() >= 500 || api.getResponseStatusCode() == 429)) {
                return true;
            }
        }
        return false;
    }
}
