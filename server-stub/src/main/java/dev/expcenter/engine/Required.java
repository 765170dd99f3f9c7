package dev.expcenter.engine;

/**
 * The null checks of a record's compact constructor in one line, each failure naming its component:
 * {@code Required.nonNull("id name createdAt", id, name, createdAt)}.
 */
public final class Required {
    private Required() {
    }

    /**
     * Throws {@link NullPointerException} with the name of the first null value.
     *
     * @param names the values' names, separated by single spaces, in the order of {@code values}
     * @throws IllegalArgumentException when {@code names} does not name every value once
     */
    public static void nonNull(String names, Object... values) {
        int count = 1;
        for (int i = 0; i < names.length(); i++) {
            if (names.charAt(i) == ' ') {
                count++;
            }
        }
        if (count != values.length) {
            throw new IllegalArgumentException(count + " names (" + names + ") for " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(names.split(" ")[i]);
            }
        }
    }
}
