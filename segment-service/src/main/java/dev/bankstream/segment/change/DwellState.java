package dev.bankstream.segment.change;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import dev.bankstream.schemas.SegmentAssignment;
import dev.bankstream.segment.model.Segment;

/**
 * One account's position in one segmentation: the segment it is in, and the segment it may be moving to.
 * Small and self-contained so that it can live in a Kafka Streams state store as bytes.
 *
 * @param current             the segment the account is in
 * @param currentSince        business date it entered it (the first snapshot that assigned it there)
 * @param currentModelVersion model version that confirmed it
 * @param candidate           a different segment recent snapshots assigned, not yet confirmed; null when none
 * @param candidateSince      date of the first of those snapshots; null when no candidate
 * @param candidateSnapshots  how many consecutive snapshots assigned the candidate
 * @param lastSeen            date of the latest snapshot taken into account
 */
public record DwellState(Segment current, LocalDate currentSince, String currentModelVersion, Segment candidate,
        LocalDate candidateSince, int candidateSnapshots, LocalDate lastSeen) {

    private static final byte FORMAT = 1;

    public DwellState {
        if (current == null || currentSince == null || currentModelVersion == null || lastSeen == null) {
            throw new IllegalArgumentException("A state always has a current segment, its date and version");
        }
        if ((candidate == null) != (candidateSince == null)) {
            throw new IllegalArgumentException("A candidate needs its date, and only a candidate has one");
        }
    }

    public boolean hasCandidate() {
        return candidate != null;
    }

    /** The current assignment as published on segments.assignments. */
    public SegmentAssignment toAssignment(String segmentation) {
        return SegmentAssignment.newBuilder().setSegmentation(segmentation).setSegment(current.toRef())
                .setModelVersion(currentModelVersion).setSince(currentSince).build();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            writeSegment(out, current);
            out.writeLong(currentSince.toEpochDay());
            out.writeUTF(currentModelVersion);
            out.writeBoolean(hasCandidate());
            if (hasCandidate()) {
                writeSegment(out, candidate);
                out.writeLong(candidateSince.toEpochDay());
                out.writeInt(candidateSnapshots);
            }
            out.writeLong(lastSeen.toEpochDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static DwellState fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("Unknown dwell state format " + format);
            }
            Segment current = readSegment(in);
            LocalDate currentSince = LocalDate.ofEpochDay(in.readLong());
            String version = in.readUTF();
            Segment candidate = null;
            LocalDate candidateSince = null;
            int candidateSnapshots = 0;
            if (in.readBoolean()) {
                candidate = readSegment(in);
                candidateSince = LocalDate.ofEpochDay(in.readLong());
                candidateSnapshots = in.readInt();
            }
            LocalDate lastSeen = LocalDate.ofEpochDay(in.readLong());
            return new DwellState(current, currentSince, version, candidate, candidateSince, candidateSnapshots,
                    lastSeen);
        } catch (IOException e) {
            throw new UncheckedIOException("Truncated dwell state", e);
        }
    }

    private static void writeSegment(DataOutputStream out, Segment segment) throws IOException {
        out.writeInt(segment.id());
        out.writeUTF(segment.name());
    }

    private static Segment readSegment(DataInputStream in) throws IOException {
        return new Segment(in.readInt(), in.readUTF());
    }
}
