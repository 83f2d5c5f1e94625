package jbound.recording;

/** Told now and then how far reading has come: bytes of the recording behind us, of all. */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (done, total) -> { };

    void advanced(long bytesDone, long bytesTotal);
}
