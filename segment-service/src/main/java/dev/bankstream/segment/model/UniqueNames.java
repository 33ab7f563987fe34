package dev.bankstream.segment.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the names of newly found segments unique, among themselves and against names already in use by kept
 * segments: colliding names take their next tie-breaking trait until they differ; if the traits run out, a
 * number is appended ("... 2").
 */
final class UniqueNames {

    private UniqueNames() {
    }

    static List<String> of(List<SegmentDescription> descriptions, Set<String> taken) {
        List<String> names = new ArrayList<>(descriptions.stream().map(SegmentDescription::name).toList());
        int[] traitsUsed = new int[names.size()];
        boolean extended = true;
        while (extended) {
            extended = false;
            for (int i : colliding(names, taken)) {
                List<String> tieBreakers = descriptions.get(i).tieBreakers();
                if (traitsUsed[i] < tieBreakers.size()) {
                    names.set(i, names.get(i) + ", " + tieBreakers.get(traitsUsed[i]++));
                    extended = true;
                }
            }
        }
        Set<String> used = new HashSet<>(taken);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            for (int n = 2; used.contains(name); n++) {
                name = names.get(i) + " " + n;
            }
            names.set(i, name);
            used.add(name);
        }
        return names;
    }

    private static List<Integer> colliding(List<String> names, Set<String> taken) {
        List<Integer> colliding = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (taken.contains(name) || names.indexOf(name) != names.lastIndexOf(name)) {
                colliding.add(i);
            }
        }
        return colliding;
    }
}
