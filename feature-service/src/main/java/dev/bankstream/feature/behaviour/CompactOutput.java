package dev.bankstream.feature.behaviour;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes variable-length integers (zig-zag for signed values), doubles and short strings into a growing array. */
final class CompactOutput {

    private byte[] bytes = new byte[256];
    private int size;

    void writeUnsigned(long value) {
        while ((value & ~0x7FL) != 0) {
            write((byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        write((byte) value);
    }

    void writeSigned(long value) {
        writeUnsigned((value << 1) ^ (value >> 63));
    }

    void writeBoolean(boolean value) {
        write((byte) (value ? 1 : 0));
    }

    void writeDouble(double value) {
        long bits = Double.doubleToRawLongBits(value);
        for (int shift = 56; shift >= 0; shift -= 8) {
            write((byte) (bits >>> shift));
        }
    }

    void writeString(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeUnsigned(utf8.length);
        for (byte b : utf8) {
            write(b);
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void write(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = b;
    }
}
