package dev.expcenter.engine;

import java.util.Map;

/**
 * One segment rule: every {@code match} condition must hold and no {@code notMatch} condition may.
 * Each map goes from an attribute to its condition in Auth0's shapes, as plain Java JSON: an array
 * of strings (any one matches), or exactly one of {@code {"contains": [...]}},
 * {@code {"starts_with": [...]}}, {@code {"ends_with": [...]}} or {@code {"exists": true|false}}.
 * Both maps are deep immutable copies in insertion order, so every shape round-trips unchanged;
 * either may be null (not sent). Create and PATCH check the shapes; a loaded state is kept as it is.
 */
public record SegmentRule(Map<String, Object> match, Map<String, Object> notMatch) {

    public SegmentRule {
        match = match == null ? null : Json.orderedCopy(match, Json::freeze);
        notMatch = notMatch == null ? null : Json.orderedCopy(notMatch, Json::freeze);
    }
}
