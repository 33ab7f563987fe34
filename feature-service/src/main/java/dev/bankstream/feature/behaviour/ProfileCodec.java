package dev.bankstream.feature.behaviour;

import java.time.LocalDate;

import dev.bankstream.schemas.Gender;

/** Stored form of the reference profiles held in the global stores. */
public final class ProfileCodec {

    private ProfileCodec() {
    }

    public static byte[] encode(DistrictProfile district) {
        CompactOutput out = new CompactOutput();
        out.writeSigned(district.districtId());
        out.writeDouble(district.averageSalary());
        out.writeDouble(district.unemploymentRate());
        out.writeDouble(district.urbanRatioPercent());
        out.writeDouble(district.crimesPer1000());
        return out.toByteArray();
    }

    public static DistrictProfile decodeDistrict(byte[] bytes) {
        CompactInput in = new CompactInput(bytes);
        return new DistrictProfile(in.readSignedInt(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
    }

    public static byte[] encode(ClientProfile client) {
        CompactOutput out = new CompactOutput();
        out.writeSigned(client.clientId());
        out.writeBoolean(client.birthDate() != null);
        if (client.birthDate() != null) {
            out.writeSigned(client.birthDate().toEpochDay());
        }
        out.writeBoolean(client.ageAtSource() != null);
        if (client.ageAtSource() != null) {
            out.writeSigned(client.ageAtSource());
        }
        out.writeString(client.gender().name());
        return out.toByteArray();
    }

    public static ClientProfile decodeClient(byte[] bytes) {
        CompactInput in = new CompactInput(bytes);
        long clientId = in.readSigned();
        LocalDate birthDate = in.readBoolean() ? LocalDate.ofEpochDay(in.readSigned()) : null;
        Integer ageAtSource = in.readBoolean() ? in.readSignedInt() : null;
        return new ClientProfile(clientId, birthDate, ageAtSource, Gender.valueOf(in.readString()));
    }
}
