package jbound.diagnosis;

/**
 * Every remedy jbound can advise, by the id programs know it by (the JSON's {@code advice[].id} and
 * {@code predictions[].remedy}): what an {@link Advice} recommends and a {@link Prediction} prices.
 */
public enum Remedy {
    OPTIMIZE_HOTSPOT("optimize-hotspot"),
    MAKE_ROOM("make-room"),
    SPREAD_ACROSS_CORES("spread-across-cores"),
    CUT_THE_WORK("cut-the-work"),
    SHORTEN_EACH_WAIT("shorten-each-wait"),
    OVERLAP_WAITS("overlap-waits"),
    FEWER_LARGER_CALLS("fewer-larger-calls"),
    SPLIT_WAITING_AND_COMPUTING("split-waiting-and-computing"),
    FIND_SHORT_LOCK("find-short-lock"),
    SHORTEN_LOCK("shorten-lock"),
    RECORD_UNDER_LOAD("record-under-load"),
    RECORD_CPU_SAMPLES("record-cpu-samples"),
    NAME_THE_CALLER("name-the-caller"),
    CUT_WARM_UP("cut-warm-up"),
    EASE_GC("ease-gc");

    private final String id;

    Remedy(String id) {
        this.id = id;
    }

    /** The remedy's id, as the JSON writes it. */
    public String id() {
        return id;
    }
}
