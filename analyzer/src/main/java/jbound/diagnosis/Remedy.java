package jbound.diagnosis;

import java.util.Optional;

import jbound.profile.Profile;

/**
 * Every remedy jbound can advise, by the id programs know it by (the JSON's {@code advice[].id} and
 * {@code predictions[].remedy}), with what it would buy where the recording can tell
 * ({@link Predictions}): what an {@link Advice} recommends and a {@link Prediction} prices.
 */
public enum Remedy {
    OPTIMIZE_HOTSPOT("optimize-hotspot", (c, r) -> Predictions.hotspot(c.profile(), c.ledger(), c.k())),
    MAKE_ROOM("make-room"),
    SPREAD_ACROSS_CORES("spread-across-cores", (c, r) -> Predictions.spread(c.ledger(), c.cores())),
    CUT_THE_WORK("cut-the-work"),
    SHORTEN_EACH_WAIT("shorten-each-wait"),
    OVERLAP_WAITS("overlap-waits", (c, r) -> Predictions.pool(c.profile(), c.ledger(), c.cores())),
    FEWER_LARGER_CALLS("fewer-larger-calls", (c, r) -> Predictions.batching(c.profile(), c.ledger(), c.cores())),
    SPLIT_WAITING_AND_COMPUTING("split-waiting-and-computing", (c, r) -> Predictions.overlap(c.profile(), c.ledger(), c.cores())),
    FIND_SHORT_LOCK("find-short-lock", (c, r) -> Predictions.lock(c.profile(), c.ledger(), c.cores(), r)),
    SHORTEN_LOCK("shorten-lock", (c, r) -> Predictions.lock(c.profile(), c.ledger(), c.cores(), r)),
    RECORD_UNDER_LOAD("record-under-load"),
    RECORD_CPU_SAMPLES("record-cpu-samples"),
    NAME_THE_CALLER("name-the-caller"),
    CUT_WARM_UP("cut-warm-up"),
    EASE_GC("ease-gc");

    /** What a remedy's price is worked out from: the recording, its ledger, the cores, how much faster a hotspot can be made. */
    record Context(Profile profile, TimeLedger ledger, int cores, HotspotSpeedup k) {
    }

    /** How a remedy is priced; empty where the recording cannot tell what it would buy. */
    interface Pricing {
        Optional<Prediction> price(Context context, Remedy remedy);
    }

    private final String id;
    private final Pricing pricing;

    Remedy(String id) {
        this(id, (context, remedy) -> Optional.empty());
    }

    Remedy(String id, Pricing pricing) {
        this.id = id;
        this.pricing = pricing;
    }

    /** What taking this remedy would buy, predicted from the recording; empty where it cannot tell. */
    Optional<Prediction> price(Context context) {
        return pricing.price(context, this);
    }

    /** The remedy's id, as the JSON writes it. */
    public String id() {
        return id;
    }
}
