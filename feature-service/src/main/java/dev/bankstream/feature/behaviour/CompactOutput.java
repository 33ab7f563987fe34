package dev.bankstream.feature.behaviour;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes variable-length integers (zig-zag for signed values), doubles and short strings into a growing array.
 * Account states are written on every input record: each write checks the room it needs once, not per byte.
 */
final class CompactOutput {

    /** The longest variable-length long: 64 bits in groups of 7. */
    private static final int MAX_VARIABLE_LENGTH = 10;

    private byte[] bytes;
    private int size;

    CompactOutput() {
        this(256);
    }

    /** @param expectedSize the size the output will probably reach, so that it rarely has to grow */
    CompactOutput(int expectedSize) {
        bytes = new byte[Math.max(expectedSize, MAX_VARIABLE_LENGTH)];
    }

    void writeUnsigned(long value) {
        ensureRoom(MAX_VARIABLE_LENGTH);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    void writeSigned(long value) {
        writeUnsigned((value << 1) ^ (value >> 63));
    }

    void writeBoolean(boolean value) {
        ensureRoom(1);
        bytes[size++] = (byte) (value ? 1 : 0);
    }

    void writeDouble(double value) {
        ensureRoom(Double.BYTES);
        long bits = Double.doubleToRawLongBits(value);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (bits >>> shift);
        }
    }

    void writeString(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeUnsigned(utf8.length);
        ensureRoom(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensureRoom(int needed) {
        if (size + needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + needed));
        }
    }
}
