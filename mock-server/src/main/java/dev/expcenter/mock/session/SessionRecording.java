package dev.expcenter.mock.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls one session made, one per shape ({@link RecordedCall#shape()}): the first call of each
 * shape is kept, in the order they came; at most {@value #MAX_SHAPES}. Thread-safe.
 */
public final class SessionRecording {
    static final int MAX_SHAPES = 500;

    private final Map<String, RecordedCall> byShape = new LinkedHashMap<>();

    /** Keeps {@code call} unless a call of its shape is kept already (or the recording is full). */
    public synchronized void add(RecordedCall call) {
        if (byShape.size() < MAX_SHAPES) {
            byShape.putIfAbsent(call.shape(), call);
        }
    }

    /** The kept calls, first recorded first. */
    public synchronized List<RecordedCall> calls() {
        return List.copyOf(byShape.values());
    }
}
