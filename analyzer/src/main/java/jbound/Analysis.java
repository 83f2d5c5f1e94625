package jbound;

import jbound.diagnosis.Diagnosis;
import jbound.profile.Profile;

/** One recording analyzed: what it says (profile) and what that means (diagnosis). */
public record Analysis(Profile profile, Diagnosis diagnosis) {
}
