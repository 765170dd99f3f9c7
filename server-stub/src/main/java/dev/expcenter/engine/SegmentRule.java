package dev.expcenter.engine;

import java.util.List;
import java.util.Map;

/**
 * One segment rule: every {@code match} attribute must hold one of its values, and no
 * {@code notMatch} attribute may. Either map may be null (not sent).
 */
public record SegmentRule(Map<String, List<String>> match, Map<String, List<String>> notMatch) {

    public SegmentRule {
        match = match == null ? null : Json.orderedCopy(match, List::copyOf);
        notMatch = notMatch == null ? null : Json.orderedCopy(notMatch, List::copyOf);
    }
}
