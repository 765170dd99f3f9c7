package dev.expcenter.mock.spec;

import dev.expcenter.stub.server.Futures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current spec: the packaged one, or a file that is polled (size, mtime and a SHA-256 of the
 * bytes) and re-parsed when it changes. A good edit is swapped in atomically and listeners are told;
 * a broken one keeps the last good spec and logs why. Polling rather than a WatchService, because
 * it works on every filesystem (bind mounts, network drives, editors that replace the file).
 */
public final class SpecSource implements AutoCloseable {
    /** Where the {@code openapi} module puts the spec on the classpath. */
    public static final String CLASSPATH_RESOURCE = "expcenter/openapi.yaml";
    /** How often a spec file is checked by default. */
    public static final Duration DEFAULT_POLL = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(SpecSource.class);

    private final AtomicReference<LoadedSpec> current;
    /** The first version; it may still be parsing on the {@code expcenter-spec} thread (see {@link #loading}). */
    private final CompletableFuture<LoadedSpec> initial;
    private final List<Consumer<LoadedSpec>> listeners = new CopyOnWriteArrayList<>();
    private final Path file;
    private final ScheduledExecutorService poller;
    private volatile Fingerprint seen;

    private SpecSource(LoadedSpec initial, Path file, Fingerprint fingerprint, Duration poll) {
        this(CompletableFuture.completedFuture(initial), file, fingerprint, poll);
    }

    private SpecSource(CompletableFuture<LoadedSpec> initial, Path file, Fingerprint fingerprint, Duration poll) {
        this.initial = initial;
        this.current = new AtomicReference<>(initial.getNow(null));
        // A reload that lands first wins: compareAndSet only fills the empty slot.
        initial.thenAccept(loaded -> current.compareAndSet(null, loaded));
        this.file = file;
        this.seen = fingerprint;
        if (file == null) {
            this.poller = null;
        } else {
            this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "spec-watch");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::poll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The spec packaged with the server; never changes. */
    public static SpecSource classpath() {
        return new SpecSource(readClasspath(), null, null, DEFAULT_POLL);
    }

    /**
     * The packaged spec, parsed on a background thread started now, so that parsing and building the
     * validator (the mock's largest start-up cost) overlap the server's start; {@link #current()} waits
     * for it. Once parsed, the validator's request and response paths are run once, off any request.
     */
    public static SpecSource classpathInBackground() {
        return new SpecSource(loading(SpecSource::readClasspath), null, null, DEFAULT_POLL);
    }

    /**
     * A spec file, parsed on a background thread and then watched every {@link #DEFAULT_POLL}; call
     * {@link #awaitLoaded()} before serving, so that a broken file still stops start-up.
     */
    public static SpecSource watchingInBackground(Path file) {
        Objects.requireNonNull(file, "file");
        Fingerprint fingerprint = Fingerprint.of(file);
        if (fingerprint == null) {
            throw new SpecLoadException(file + ": cannot be read");
        }
        String text = new String(fingerprint.bytes(), StandardCharsets.UTF_8);
        return new SpecSource(loading(() -> LoadedSpec.parse(text, file.toString())), file, fingerprint, DEFAULT_POLL);
    }

    private static CompletableFuture<LoadedSpec> loading(Supplier<LoadedSpec> parse) {
        CompletableFuture<LoadedSpec> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            LoadedSpec loaded;
            try {
                loaded = parse.get();
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            result.complete(loaded);
            loaded.warmUp();
        }, "expcenter-spec");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static LoadedSpec readClasspath() {
        try (InputStream in = SpecSource.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new SpecLoadException("The spec is not on the classpath: " + CLASSPATH_RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return LoadedSpec.parse(text, "classpath:" + CLASSPATH_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spec file, watched every {@link #DEFAULT_POLL}; a broken file at start is an error. */
    public static SpecSource watching(Path file) {
        return watching(file, DEFAULT_POLL);
    }

    /** A spec file, watched every {@code poll}; a broken file at start is an error. */
    public static SpecSource watching(Path file, Duration poll) {
        Objects.requireNonNull(file, "file");
        Fingerprint fingerprint = Fingerprint.of(file);
        if (fingerprint == null) {
            throw new SpecLoadException(file + ": cannot be read");
        }
        String text = new String(fingerprint.bytes(), StandardCharsets.UTF_8);
        return new SpecSource(LoadedSpec.parse(text, file.toString()), file, fingerprint, poll);
    }

    /** The spec in force now; waits for the first parse if it is still running. */
    public LoadedSpec current() {
        LoadedSpec spec = current.get();
        return spec != null ? spec : awaitLoaded();
    }

    /** Waits for the first version; throws what parsing it threw (e.g. {@link SpecLoadException}). */
    public LoadedSpec awaitLoaded() {
        LoadedSpec first = Futures.join(initial);
        LoadedSpec now = current.get();
        return now != null ? now : first;
    }

    /** The file being watched, or null for the packaged spec. */
    public Path file() {
        return file;
    }

    /** Calls {@code listener} with every new spec swapped in (on the watcher thread). */
    public void addListener(Consumer<LoadedSpec> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops watching; the current spec stays readable. */
    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void poll() {
        try {
            Fingerprint now = Fingerprint.of(file);
            if (now == null || now.equals(seen)) {
                return;
            }
            seen = now;
            LoadedSpec loaded;
            try {
                loaded = LoadedSpec.parse(new String(now.bytes(), StandardCharsets.UTF_8), file.toString());
            } catch (SpecLoadException e) {
                LOG.warn("Spec edit ignored, keeping the last good spec: {}", e.getMessage());
                return;
            }
            current.set(loaded);
            LOG.info("Spec reloaded from {}: {}", file, loaded.operations());
            for (Consumer<LoadedSpec> listener : listeners) {
                try {
                    listener.accept(loaded);
                } catch (RuntimeException e) {
                    LOG.warn("Spec listener failed", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Spec watch failed on {}", file, e);
        }
    }

    /** The hash catches edits that keep size and mtime (fast editors, coarse filesystem clocks). */
    private record Fingerprint(long size, long modified, byte[] sha256, byte[] bytes) {
        static Fingerprint of(Path file) {
            try {
                long size = Files.size(file);
                long modified = Files.getLastModifiedTime(file).toMillis();
                byte[] bytes = Files.readAllBytes(file);
                return new Fingerprint(size, modified, sha256(bytes), bytes);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Fingerprint that && size == that.size && modified == that.modified
                    && Arrays.equals(sha256, that.sha256);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sha256);
        }

        private static byte[] sha256(byte[] bytes) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
