package dev.expcenter.stub.auth;

import java.util.Collection;
import java.util.Set;

/** What a verified token may do: every scope, or the listed ones. */
record Grant(boolean allScopes, Set<String> scopes) {
    static final Grant ALL = new Grant(true, Set.of());

    static Grant of(Collection<String> scopes) {
        return new Grant(false, Set.copyOf(scopes));
    }

    boolean allowsAnyOf(Collection<String> required) {
        return allScopes || required.isEmpty() || required.stream().anyMatch(scopes::contains);
    }
}
