package dev.bankstream.segment.topology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import dev.bankstream.segment.recommend.Product;

/**
 * What an account held at its latest snapshot, and whether offers were made for those holdings (they are not while
 * no recommender is published). Stored as bytes in the holdings store.
 *
 * @param asOf    date of the snapshot the holdings are from
 * @param offered whether offers for exactly these holdings were emitted
 */
record HoldingsState(Set<Product> held, LocalDate asOf, boolean offered) {

    private static final byte FORMAT = 1;

    HoldingsState {
        held = held.isEmpty() ? EnumSet.noneOf(Product.class) : EnumSet.copyOf(held);
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeLong(asOf.toEpochDay());
            out.writeBoolean(offered);
            out.writeByte(held.size());
            for (Product product : held) {
                out.writeUTF(product.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static HoldingsState fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("Unknown holdings state format " + format);
            }
            LocalDate asOf = LocalDate.ofEpochDay(in.readLong());
            boolean offered = in.readBoolean();
            int count = in.readByte();
            Set<Product> held = EnumSet.noneOf(Product.class);
            for (int i = 0; i < count; i++) {
                held.add(Product.valueOf(in.readUTF()));
            }
            return new HoldingsState(held, asOf, offered);
        } catch (IOException e) {
            throw new UncheckedIOException("Truncated holdings state", e);
        }
    }
}
