package dev.expcenter.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks of input the HTTP layer also checks against the spec; repeated here because the mock
 * server and state import reach the engine without it.
 */
final class Inputs {
    static final int MAX_ALLOCATIONS = 20;
    static final int DEFAULT_TAKE = 25;
    static final int MAX_TAKE = 50;

    private Inputs() {
    }

    static <T> T required(T value, String property) {
        if (value == null) {
            throw EngineException.invalidBody("Missing required property", property);
        }
        return value;
    }

    static int take(Integer take) {
        if (take == null) {
            return DEFAULT_TAKE;
        }
        if (take < 1 || take > MAX_TAKE) {
            throw EngineException.invalidQuery("Value " + take + " is outside 1.." + MAX_TAKE, "take");
        }
        return take;
    }

    /**
     * The allocations, checked: 1..20 ({@code experiment_too_many_allocations} above 20), each with a
     * variation id, a weight from 0 to 100 (fractions allowed) and a priority from 1.
     */
    static List<Allocation> allocations(List<Allocation> allocations) {
        required(allocations, "allocations");
        if (allocations.isEmpty()) {
            throw EngineException.invalidBody("Array is too short (0), minimum 1", "allocations");
        }
        if (allocations.size() > MAX_ALLOCATIONS) {
            throw new EngineException(ErrorCode.EXPERIMENT_TOO_MANY_ALLOCATIONS,
                    "Experiments may have at most " + MAX_ALLOCATIONS + " allocations.");
        }
        List<Allocation> checked = new ArrayList<>(allocations.size());
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            String at = "allocations[" + i + "]";
            required(a, at);
            required(a.variationId(), at + ".variation_id");
            if (a.weight() != null && !(a.weight() >= 0 && a.weight() <= 100)) {
                throw EngineException.invalidBody("Value " + a.weight() + " is outside 0..100", at + ".weight");
            }
            if (a.priority() != null && a.priority() < 1) {
                throw EngineException.invalidBody("Value " + a.priority() + " is below minimum 1", at + ".priority");
            }
            checked.add(a);
        }
        return List.copyOf(checked);
    }

    static <T> T orElse(T sent, T current) {
        return sent == null ? current : sent;
    }

    /** A tri-state description: null not sent (keep {@code current}), empty clears it, else the text. */
    static String description(java.util.Optional<String> sent, String current) {
        return sent == null ? current : sent.orElse(null);
    }

    /** A PATCH must send at least one property (Auth0's {@code minProperties: 1}). */
    static void someProperty(boolean empty) {
        if (empty) {
            throw EngineException.invalidBody("Too few properties defined (0), minimum 1", "");
        }
    }
}
