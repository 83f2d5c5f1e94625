package jbound;

import jbound.diagnosis.Diagnoser;
import jbound.diagnosis.Diagnosis;
import jbound.diagnosis.HotspotSpeedup;
import jbound.profile.Profile;

/** One recording analyzed: what it says (profile) and what that means (diagnosis). */
public record Analysis(Profile profile, Diagnosis diagnosis) {

    /** The same recording diagnosed with {@code k} for how much faster its hotspot can be made. */
    public Analysis withHotspotSpeedup(HotspotSpeedup k) {
        return k.equals(HotspotSpeedup.DOCUMENTED_LADDER) ? this : new Analysis(profile, Diagnoser.diagnose(profile, k));
    }
}
