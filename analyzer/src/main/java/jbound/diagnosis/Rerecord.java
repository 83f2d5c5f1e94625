package jbound.diagnosis;

/** How to record again so that jbound sees what it needs: the one remedy most blind spots share. */
public final class Rerecord {

    public static final String WITH_JBOUND_SETTINGS =
            "record with jbound's settings ('jbound jfc > jbound.jfc', then "
                    + "'java -XX:StartFlightRecording:settings=jbound.jfc,filename=app.jfr ...' "
                    + "or 'jcmd <pid> JFR.start settings=/path/jbound.jfc duration=120s filename=app.jfr')";

    private Rerecord() {
    }
}
