package dev.expcenter.mock.spec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts responses that broke the spec and keeps the last few, for tests and the admin API. */
public final class SpecViolations {
    /** How many violations {@link #recent()} keeps by default. */
    public static final int DEFAULT_KEEP = 50;
    private static final Logger LOG = LoggerFactory.getLogger(SpecViolations.class);

    private final int keep;
    private final AtomicLong count = new AtomicLong();
    private final Deque<SpecViolation> recent = new ArrayDeque<>();

    /** Keeps the last {@link #DEFAULT_KEEP}. */
    public SpecViolations() {
        this(DEFAULT_KEEP);
    }

    /** Keeps the last {@code keep} violations. */
    public SpecViolations(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1");
        }
        this.keep = keep;
    }

    /**
     * Records {@code violation} and logs it at ERROR; in {@link Strictness#FAIL} also throws it, so that
     * the response is replaced by a 500 {@code spec_violation}.
     */
    public void report(SpecViolation violation, Strictness strictness) {
        record(violation);
        LOG.error("spec violation: {}", violation);
        if (strictness == Strictness.FAIL) {
            throw new SpecViolationException(violation);
        }
    }

    /** Records one. */
    public void record(SpecViolation violation) {
        count.incrementAndGet();
        synchronized (recent) {
            recent.addLast(violation);
            while (recent.size() > keep) {
                recent.removeFirst();
            }
        }
    }

    /** Violations since start (or the last {@link #clear()}). */
    public long count() {
        return count.get();
    }

    /** The most recent violations, oldest first. */
    public List<SpecViolation> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** Forgets every violation. */
    public void clear() {
        synchronized (recent) {
            recent.clear();
            count.set(0);
        }
    }
}
