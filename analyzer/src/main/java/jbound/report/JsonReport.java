package jbound.report;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;

import jbound.diagnosis.Advice;
import jbound.diagnosis.BlindSpot;
import jbound.diagnosis.Evidence;
import jbound.diagnosis.Headline;
import jbound.diagnosis.Prediction;
import jbound.diagnosis.Remedy;

/** Writes a report (an analysis, a fleet, a diff, the ladder's results) as JSON. */
public final class JsonReport {

    private static final ObjectMapper MAPPER = mapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The mapper of every JSON jbound writes: a number that is not finite (a damaged recording's
     * NaN, say) is written as null, where Jackson would write the string "NaN" and break numeric
     * fields for every reader. A remedy is written as its id ("overlap-waits"), a piece of advice and a prediction in
     * their words ({@link AdviceWords}, {@link PredictionWords}), the verdict's headline, its evidence and the blind spots too
     * ({@link VerdictWords}: each piece of evidence as its id, sentence and figures; {@link BlindSpotWords}).
     */
    static ObjectMapper mapper() {
        SimpleModule finiteNumbers = new SimpleModule("finite-numbers");
        JsonSerializer<Number> finite = new JsonSerializer<>() {
            @Override
            public void serialize(Number value, JsonGenerator out, SerializerProvider provider) throws IOException {
                double d = value.doubleValue();
                if (Double.isFinite(d)) {
                    if (value instanceof Float f) {
                        out.writeNumber(f);
                    } else {
                        out.writeNumber(d);
                    }
                } else {
                    out.writeNull();
                }
            }
        };
        finiteNumbers.addSerializer(Double.class, finite).addSerializer(Double.TYPE, finite)
                .addSerializer(Float.class, finite).addSerializer(Float.TYPE, finite);
        finiteNumbers.addSerializer(Remedy.class, new JsonSerializer<>() {
            @Override
            public void serialize(Remedy remedy, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(remedy.id());
            }
        });
        finiteNumbers.addSerializer(Advice.class, new JsonSerializer<>() {
            @Override
            public void serialize(Advice advice, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartObject();
                out.writeStringField("id", advice.id().id());
                out.writeStringField("action", AdviceWords.action(advice.id()));
                out.writeStringField("why", AdviceWords.why(advice));
                out.writeArrayFieldStart("methods");
                for (String place : AdviceWords.places(advice)) {
                    out.writeString(place);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
        });
        finiteNumbers.addSerializer(Prediction.class, new JsonSerializer<>() {
            @Override
            public void serialize(Prediction prediction, JsonGenerator out, SerializerProvider provider) throws IOException {
                provider.defaultSerializeValue(PredictionWords.worded(prediction), out);
            }
        });
        finiteNumbers.addSerializer(Headline.class, new JsonSerializer<>() {
            @Override
            public void serialize(Headline headline, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(VerdictWords.headline(headline));
            }
        });
        finiteNumbers.addSerializer(Evidence.class, new JsonSerializer<>() {
            @Override
            public void serialize(Evidence evidence, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartObject();
                out.writeStringField("id", evidence.id());
                out.writeStringField("text", VerdictWords.text(evidence));
                out.writeFieldName("facts");
                provider.defaultSerializeValue(evidence.facts(), out);
                out.writeEndObject();
            }
        });
        finiteNumbers.addSerializer(BlindSpot.class, new JsonSerializer<>() {
            @Override
            public void serialize(BlindSpot spot, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartObject();
                out.writeStringField("id", spot.id());
                out.writeStringField("what", BlindSpotWords.what(spot));
                out.writeStringField("consequence", BlindSpotWords.consequence(spot));
                out.writeStringField("remedy", BlindSpotWords.cure(spot).words());
                out.writeBooleanField("affectsVerdict", spot.affectsVerdict());
                out.writeEndObject();
            }
        });
        return new ObjectMapper().registerModule(finiteNumbers);
    }

    private JsonReport() {
    }

    public static void write(Object report, OutputFile target) throws IOException {
        target.write(out -> writeValue(out, report));
    }

    /** Any result record as indented JSON. */
    public static void writeValue(java.io.OutputStream out, Object value) throws IOException {
        MAPPER.writeValue(out, value);
    }
}
