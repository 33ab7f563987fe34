package dev.bankstream.feature.behaviour;

import java.nio.charset.StandardCharsets;

/** Reads what {@link CompactOutput} wrote. */
final class CompactInput {

    private final byte[] bytes;
    private int position;

    CompactInput(byte[] bytes) {
        this.bytes = bytes;
    }

    long readUnsigned() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = bytes[position++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalStateException("Malformed variable-length integer at byte " + position);
    }

    int readUnsignedInt() {
        return Math.toIntExact(readUnsigned());
    }

    long readSigned() {
        long raw = readUnsigned();
        return (raw >>> 1) ^ -(raw & 1);
    }

    int readSignedInt() {
        return Math.toIntExact(readSigned());
    }

    boolean readBoolean() {
        return bytes[position++] != 0;
    }

    double readDouble() {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (bytes[position++] & 0xFF);
        }
        return Double.longBitsToDouble(bits);
    }

    String readString() {
        int length = readUnsignedInt();
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    boolean exhausted() {
        return position == bytes.length;
    }
}
