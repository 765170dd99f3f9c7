package dev.expcenter.engine;

/** The kinds of entity that get ids, with their id prefixes. */
public enum IdKind {
    EXPERIMENT("exp_"), FEATURE_FLAG("flg_"), VARIATION("var_"), SEGMENT("seg_");

    private final String prefix;

    IdKind(String prefix) {
        this.prefix = prefix;
    }

    /** The id prefix, e.g. {@code exp_}. */
    public String prefix() {
        return prefix;
    }
}
