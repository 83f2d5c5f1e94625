package jbound.diagnosis;

import java.util.List;
import java.util.Optional;

import jbound.diagnosis.AdviceRules.Situation;
import jbound.profile.Profile;

/**
 * Every remedy jbound can advise, by the id programs know it by (the JSON's {@code advice[].id} and
 * {@code predictions[].remedy}): when it applies, the places in the code it is about, and what it
 * would buy where the recording can tell ({@link Predictions}). Advised in this order; its words are
 * the report's ({@code jbound.report.AdviceWords}).
 */
public enum Remedy {
    OPTIMIZE_HOTSPOT("optimize-hotspot", (s, before) -> s.is(VerdictKind.CPU_BOUND), Situation::hotspots,
            (c, r) -> Predictions.hotspot(c.profile(), c.ledger(), c.k())),
    MAKE_ROOM("make-room", (s, before) -> s.is(VerdictKind.CPU_BOUND) && s.neighboursTookTheCores(), Remedy::nowhere),
    SPREAD_ACROSS_CORES("spread-across-cores", (s, before) -> s.is(VerdictKind.CPU_BOUND) && !s.neighboursTookTheCores() && s.coresUnderused(),
            Situation::hotspots, (c, r) -> Predictions.spread(c.ledger(), c.cores())),
    CUT_THE_WORK("cut-the-work", (s, before) -> s.is(VerdictKind.CPU_BOUND) && !s.neighboursTookTheCores() && s.coresSaturated(),
            Remedy::nowhere),
    SHORTEN_EACH_WAIT("shorten-each-wait", (s, before) -> s.is(VerdictKind.IO_BOUND) && s.figures().virtualThreadIo(), Situation::io),
    OVERLAP_WAITS("overlap-waits", (s, before) -> s.is(VerdictKind.IO_BOUND) && !s.figures().virtualThreadIo(), Situation::io,
            (c, r) -> Predictions.pool(c.profile(), c.ledger(), c.cores())),
    FEWER_LARGER_CALLS("fewer-larger-calls", (s, before) -> s.is(VerdictKind.IO_BOUND), Situation::io,
            (c, r) -> Predictions.batching(c.profile(), c.ledger(), c.cores())),
    SPLIT_WAITING_AND_COMPUTING("split-waiting-and-computing", (s, before) -> s.is(VerdictKind.MIXED), Situation::ioThenHotspots,
            (c, r) -> Predictions.overlap(c.profile(), c.ledger(), c.cores())),
    /** Serialised where no lock event shows (waits under the recording's threshold). */
    FIND_SHORT_LOCK("find-short-lock", (s, before) -> s.is(VerdictKind.LOCK_BOUND) && s.locks().isEmpty(), Situation::hotspots,
            (c, r) -> Predictions.lock(c.profile(), c.ledger(), c.cores(), r)),
    SHORTEN_LOCK("shorten-lock", (s, before) -> s.is(VerdictKind.LOCK_BOUND) && !s.locks().isEmpty(), Situation::locks,
            (c, r) -> Predictions.lock(c.profile(), c.ledger(), c.cores(), r)),
    RECORD_UNDER_LOAD("record-under-load", (s, before) -> s.is(VerdictKind.IDLE), Situation::waited),
    RECORD_CPU_SAMPLES("record-cpu-samples", (s, before) -> s.is(VerdictKind.UNKNOWN), Remedy::nowhere),
    /** Some advice before it is about time with no application frame, which is no method to change. */
    NAME_THE_CALLER("name-the-caller", (s, before) -> before.stream().anyMatch(a -> a.places().stream().anyMatch(AdvicePlace::noApplicationFrame)),
            Remedy::nowhere),
    CUT_WARM_UP("cut-warm-up", (s, before) -> s.jvm().warmUpIsACause(), Remedy::nowhere),
    EASE_GC("ease-gc", (s, before) -> s.jvm().gcIsACause(), Situation::allocations);

    /** What a remedy's price is worked out from: the recording, its ledger, the cores, how much faster a hotspot can be made. */
    record Context(Profile profile, TimeLedger ledger, int cores, HotspotSpeedup k) {
    }

    /** When a remedy applies: from what the recording showed, and the advice given before it. */
    interface Rule {
        boolean applies(Situation situation, List<Advice> before);
    }

    /** The places in the code a remedy is about. */
    interface Places {
        List<AdvicePlace> in(Situation situation);
    }

    /** How a remedy is priced; empty where the recording cannot tell what it would buy. */
    interface Pricing {
        Optional<Prediction> price(Context context, Remedy remedy);
    }

    private final String id;
    private final Rule rule;
    private final Places places;
    private final Pricing pricing;

    Remedy(String id, Rule rule, Places places) {
        this(id, rule, places, (context, remedy) -> Optional.empty());
    }

    Remedy(String id, Rule rule, Places places, Pricing pricing) {
        this.id = id;
        this.rule = rule;
        this.places = places;
        this.pricing = pricing;
    }

    boolean appliesIn(Situation situation, List<Advice> before) {
        return rule.applies(situation, before);
    }

    List<AdvicePlace> placesIn(Situation situation) {
        return places.in(situation);
    }

    /** What taking this remedy would buy, predicted from the recording; empty where it cannot tell. */
    Optional<Prediction> price(Context context) {
        return pricing.price(context, this);
    }

    /** The remedy's id, as the JSON writes it. */
    public String id() {
        return id;
    }

    private static List<AdvicePlace> nowhere(Situation situation) {
        return List.of();
    }
}
