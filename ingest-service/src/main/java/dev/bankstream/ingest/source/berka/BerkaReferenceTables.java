package dev.bankstream.ingest.source.berka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.DelimitedLine;
import dev.bankstream.ingest.source.FileTally;
import dev.bankstream.ingest.source.Located;
import dev.bankstream.ingest.source.RejectSink;
import dev.bankstream.ingest.source.SourceFile;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.District;

/** district.asc and client.asc, read whole: the reference tables, and the ids other tables point to. */
final class BerkaReferenceTables {

    /** district.asc's marker of the two values missing in the original (district 69, A12 and A15). */
    private static final String MISSING = "?";

    final List<Located<District>> districts = new ArrayList<>();
    final List<Located<Client>> clients = new ArrayList<>();
    final Set<Integer> districtIds = new HashSet<>();
    final Set<Long> clientIds = new HashSet<>();

    static BerkaReferenceTables read(Path folder, RejectSink rejects, Map<BerkaFile, FileTally> tallies) {
        var tables = new BerkaReferenceTables();
        try (SourceFile file = BerkaFile.DISTRICT.open(folder, rejects, tallies.get(BerkaFile.DISTRICT))) {
            file.forEachLine(tables::readDistrict);
        }
        try (SourceFile file = BerkaFile.CLIENT.open(folder, rejects, tallies.get(BerkaFile.CLIENT))) {
            file.forEachLine(tables::readClient);
        }
        return tables;
    }

    private void readDistrict(SourceFile file) {
        DelimitedLine line = file.line();
        var district = new District(
                line.intValue(0, "A1"),
                line.requiredText(1, "A2"),
                line.requiredText(2, "A3"),
                line.longValue(3, "A4"),
                line.intValue(4, "A5"),
                line.intValue(5, "A6"),
                line.intValue(6, "A7"),
                line.intValue(7, "A8"),
                line.intValue(8, "A9"),
                line.doubleValue(9, "A10"),
                line.intValue(10, "A11"),
                line.is(11, MISSING) ? null : line.doubleValue(11, "A12"),
                line.doubleValue(12, "A13"),
                line.intValue(13, "A14"),
                line.is(14, MISSING) ? null : line.longValue(14, "A15"),
                line.longValue(15, "A16"));
        if (!districtIds.add(district.getDistrictId())) {
            throw new BadLineException("duplicate district id (A1) " + district.getDistrictId());
        }
        districts.add(new Located<>(district, file.position()));
    }

    private void readClient(SourceFile file) {
        DelimitedLine line = file.line();
        long clientId = line.longValue(0, "client_id");
        BirthNumber birth = BirthNumber.parse(line, 1);
        int districtId = line.intValue(2, "district_id");
        if (!districtIds.contains(districtId)) {
            throw BadLineException.unknownReference("district_id", districtId, BerkaFile.DISTRICT.fileName());
        }
        if (!clientIds.add(clientId)) {
            throw new BadLineException("duplicate client_id " + clientId);
        }
        clients.add(new Located<>(
                new Client(clientId, birth.birthDate(), null, birth.gender(), districtId, null), file.position()));
    }
}
