package jbound.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jbound.diagnosis.BlindSpot;
import jbound.diagnosis.Rerecord;

/**
 * One way to re-record and the blind spots it cures, so that a long command is said once however
 * many blind spots it would cure. Blind spots cured by recording with jbound's settings share that
 * remedy, each keeping what it adds to it ("(I/O from 1 ms)"); any other remedy is its own.
 *
 * @param blindSpots the blind spots' positions in the diagnosis's list
 * @param details    for each of them, what it adds to the shared remedy; empty where nothing
 */
public record SharedRemedy(String remedy, List<Integer> blindSpots, List<String> details) {

    public SharedRemedy {
        blindSpots = List.copyOf(blindSpots);
        details = List.copyOf(details);
    }

    /** The remedies of {@code spots}, in the order of the first blind spot each cures. */
    public static List<SharedRemedy> of(List<BlindSpot> spots) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        Map<String, List<String>> details = new LinkedHashMap<>();
        for (int i = 0; i < spots.size(); i++) {
            BlindSpotWords.Cure cure = BlindSpotWords.cure(spots.get(i));
            String remedy = cure.withJboundSettings() ? Rerecord.WITH_JBOUND_SETTINGS : cure.detail();
            positions.computeIfAbsent(remedy, k -> new ArrayList<>()).add(i);
            details.computeIfAbsent(remedy, k -> new ArrayList<>()).add(cure.withJboundSettings() ? cure.detail() : "");
        }
        List<SharedRemedy> remedies = new ArrayList<>();
        positions.forEach((remedy, at) -> remedies.add(new SharedRemedy(remedy, at, details.get(remedy))));
        return List.copyOf(remedies);
    }
}
