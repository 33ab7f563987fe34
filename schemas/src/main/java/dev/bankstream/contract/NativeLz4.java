package dev.bankstream.contract;

import net.jpountz.lz4.LZ4Factory;

/**
 * Makes Kafka compress and decompress lz4 natively inside Quarkus. Kafka asks lz4-java for its fastest implementation,
 * and lz4-java tries its native one only when its own class was loaded by the system class loader or the native
 * library is loaded already. Quarkus loads it with a class loader of its own, so Kafka used pure Java: a third of a
 * replay's sending thread in a profile, and the feature service's input (written by the replay in lz4) was
 * decompressed the same way. Loading the native library first makes Kafka pick it.
 */
public final class NativeLz4 {

    private static final System.Logger LOG = System.getLogger(NativeLz4.class.getName());

    private NativeLz4() {
    }

    /** Call before the first lz4 producer or consumer; where the platform has no native library, Java's is used. */
    public static void prefer() {
        try {
            LZ4Factory.nativeInstance();
        } catch (LinkageError | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "No native lz4 ({0}): Kafka uses lz4 in Java", e.getMessage());
        }
    }
}
