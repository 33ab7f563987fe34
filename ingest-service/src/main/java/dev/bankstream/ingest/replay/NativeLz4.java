package dev.bankstream.ingest.replay;

import org.jboss.logging.Logger;

import net.jpountz.lz4.LZ4Factory;

/**
 * Makes Kafka compress lz4 natively inside Quarkus. Kafka asks lz4-java for its fastest implementation, and lz4-java
 * tries its native one only when its own class was loaded by the system class loader or the native library is loaded
 * already. Quarkus loads it with a class loader of its own, so Kafka compressed in pure Java: a third of a replay's
 * sending thread in a profile. Loading the native library first makes Kafka pick it.
 */
final class NativeLz4 {

    private static final Logger LOG = Logger.getLogger(NativeLz4.class);

    private NativeLz4() {
    }

    /** Call before the first lz4 producer is created; where the platform has no native library, Java's is used. */
    static void prefer() {
        try {
            LZ4Factory.nativeInstance();
        } catch (LinkageError | RuntimeException e) {
            LOG.debugf("No native lz4 (%s): Kafka compresses in Java", e.getMessage());
        }
    }
}
