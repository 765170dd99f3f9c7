package dev.expcenter.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks of input the HTTP layer also checks against the spec; repeated here because the mock
 * server and state import reach the engine without it.
 */
final class Inputs {
    private Inputs() {
    }

    static <T> T required(T value, String property) {
        if (value == null) {
            throw EngineException.invalidBody(property, Constraint.REQUIRED, null, lastName(property));
        }
        return value;
    }

    /** {@code allocations[0].variation_id} names {@code variation_id}; {@code allocations[0]} names {@code allocations}. */
    private static String lastName(String property) {
        String name = property.substring(property.lastIndexOf('.') + 1);
        int index = name.indexOf('[');
        return index < 0 ? name : name.substring(0, index);
    }

    static int take(Integer take) {
        if (take == null) {
            return Limits.DEFAULT_TAKE;
        }
        if (take < 1) {
            throw EngineException.invalidQuery("take", Constraint.MINIMUM, take, 1);
        }
        if (take > Limits.MAX_TAKE) {
            throw EngineException.invalidQuery("take", Constraint.MAXIMUM, take, Limits.MAX_TAKE);
        }
        return take;
    }

    /**
     * The allocations, checked: 1..{@link Limits#MAX_ALLOCATIONS} ({@code experiment_too_many_allocations}
     * above), each with a variation id, a weight from 0 to 100 (fractions allowed) and a priority from 1.
     */
    static List<Allocation> allocations(List<Allocation> allocations) {
        required(allocations, "allocations");
        if (allocations.isEmpty()) {
            throw EngineException.invalidBody("allocations", Constraint.MIN_ITEMS, 0, 1);
        }
        if (allocations.size() > Limits.MAX_ALLOCATIONS) {
            throw new EngineException(Rule.TOO_MANY_ALLOCATIONS, Map.of("max", Limits.MAX_ALLOCATIONS));
        }
        List<Allocation> checked = new ArrayList<>(allocations.size());
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            String at = "allocations[" + i + "]";
            required(a, at);
            required(a.variationId(), at + ".variation_id");
            if (a.weight() != null && !(a.weight() >= 0)) {
                throw EngineException.invalidBody(at + ".weight", Constraint.MINIMUM, a.weight(), 0);
            }
            if (a.weight() != null && !(a.weight() <= Limits.MAX_WEIGHT)) {
                throw EngineException.invalidBody(at + ".weight", Constraint.MAXIMUM, a.weight(), Limits.MAX_WEIGHT);
            }
            if (a.priority() != null && a.priority() < 1) {
                throw EngineException.invalidBody(at + ".priority", Constraint.MINIMUM, a.priority(), 1);
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
            throw EngineException.invalidBody("", Constraint.MIN_PROPERTIES, 0, 1);
        }
    }
}
