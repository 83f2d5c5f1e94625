package jbound.diagnosis;

import java.util.List;

/**
 * What to do next: the remedy, the figures it is argued from and the places in the code it is
 * about. Its words are the report's ({@code jbound.report.AdviceWords}).
 */
public record Advice(Remedy id, AdviceFigures figures, List<AdvicePlace> places) {

    public Advice {
        places = List.copyOf(places);
    }
}
