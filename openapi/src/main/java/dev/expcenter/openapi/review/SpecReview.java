package dev.expcenter.openapi.review;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * The spec review gate: compares the working spec with the newest released one, writes a Markdown
 * change report and fails on a breaking change unless {@code info.version}'s major number went up.
 *
 * <pre>
 * java dev.expcenter.openapi.review.SpecReview --spec openapi/openapi.yaml --released openapi/released \
 *      --pacts contract-tests/pacts --report openapi/target/spec-changes.md
 * </pre>
 *
 * <p>A breaking change makes {@link #main} throw {@link BreakingChangesException}: the build (or the
 * JVM) stops with its message, which names each breaking change and the consumers it breaks.
 */
public final class SpecReview {

    /** What the review found. */
    public record Result(
            String specVersion,
            String releasedVersion,
            Path released,
            List<SpecChange> changes,
            Map<SpecChange, List<ConsumerPacts.Use>> impact,
            boolean noPacts,
            boolean majorBumped,
            String markdown) {

        public List<SpecChange> breaking() {
            return changes.stream().filter(SpecChange::breaking).toList();
        }

        public List<SpecChange> compatible() {
            return changes.stream().filter(c -> !c.breaking()).toList();
        }

        /** The build fails: breaking changes without a major version bump. */
        public boolean fails() {
            return !breaking().isEmpty() && !majorBumped;
        }

        /** Consumers and interactions the change affects, as text ({@code consumer `x`, interaction "y" reads `z`}). */
        public List<String> consumersOf(SpecChange change) {
            return impact.getOrDefault(change, List.of()).stream().map(Object::toString).toList();
        }

        /** The failure message: each breaking change and the consumers it breaks. */
        public String failureMessage() {
            StringBuilder sb = new StringBuilder();
            sb.append(breaking().size()).append(" breaking change(s) in info.version ").append(specVersion)
                    .append(" against released ").append(releasedVersion).append(":");
            for (SpecChange c : breaking()) {
                sb.append("\n  - ").append(c.operation()).append(": ").append(c.summary())
                        .append(" [").append(c.ruleAndDirection()).append("]");
                List<String> uses = consumersOf(c);
                if (noPacts) {
                    sb.append("\n      no consumer pacts found");
                } else if (uses.isEmpty()) {
                    sb.append("\n      no consumer pact uses it");
                } else {
                    uses.forEach(u -> sb.append("\n      breaks ").append(u));
                }
            }
            sb.append("\nRevert the change(s), or release them as a new major version (info.version ")
                    .append(nextMajor(releasedVersion)).append(").");
            return sb.toString();
        }
    }

    /** Thrown by {@link #main} when the gate fails; its message is the whole story, so no stack trace. */
    public static final class BreakingChangesException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BreakingChangesException(String message) {
            super(message, null, false, false);
        }
    }

    private SpecReview() {}

    public static void main(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "usage: SpecReview --spec <openapi.yaml> --released <dir> [--pacts <dir>] [--report <file.md>]");
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        Path spec = Path.of(required(opts, "spec"));
        Path releasedDir = Path.of(required(opts, "released"));
        Path pacts = opts.containsKey("pacts") ? Path.of(opts.get("pacts")) : null;
        Path report = Path.of(opts.getOrDefault("report", "target/spec-changes.md"));

        Optional<Path> released = newestReleased(releasedDir);
        Result result;
        if (released.isEmpty()) {
            write(report, "# Spec changes\n\nNo released spec under `" + releasedDir
                    + "`: nothing to compare with. Release one by copying the spec to `released/<info.version>.yaml`.\n");
            System.out.println("[spec-review] no released spec under " + releasedDir + "; nothing to compare");
            return;
        }
        result = review(spec, released.get(), pacts);
        write(report, result.markdown());
        System.out.printf("[spec-review] %s vs released %s: %d breaking, %d compatible change(s); report: %s%n",
                result.specVersion(), result.releasedVersion(), result.breaking().size(), result.compatible().size(), report);
        if (result.fails()) {
            throw new BreakingChangesException(result.failureMessage() + "\nReport: " + report);
        }
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }

    private static void write(Path file, String text) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares {@code spec} with {@code released}; {@code pactsDir} may be null or missing. */
    public static Result review(Path spec, Path released, Path pactsDir) {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(released.toAbsolutePath().toString(),
                spec.toAbsolutePath().toString());
        OpenAPI oldApi = diff.getOldSpecOpenApi();
        OpenAPI newApi = diff.getNewSpecOpenApi();
        String oldVersion = version(oldApi);
        String newVersion = version(newApi);
        List<SpecChange> changes = ChangeCollector.collect(diff, parse(released), parse(spec));

        ConsumerPacts pacts = ConsumerPacts.load(pactsDir, newApi, oldApi);
        Map<SpecChange, List<ConsumerPacts.Use>> impact = new LinkedHashMap<>();
        for (SpecChange c : changes) {
            if (c.breaking()) {
                impact.put(c, pacts.uses(c));
            }
        }
        boolean bumped = major(newVersion) > major(oldVersion);
        Result partial = new Result(newVersion, oldVersion, released, changes, impact, pacts.isEmpty(), bumped, "");
        String md = Report.markdown(partial, spec, pacts);
        return new Result(newVersion, oldVersion, released, changes, impact, pacts.isEmpty(), bumped, md);
    }

    /** The spec as written: openapi-diff's models have {@code anyOf} and {@code allOf} folded into their parents. */
    private static OpenAPI parse(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().read(spec.toAbsolutePath().toString(), null, options);
        if (api == null) {
            throw new IllegalStateException("Cannot read OpenAPI spec " + spec);
        }
        return api;
    }

    private static String version(OpenAPI api) {
        return api.getInfo() == null || api.getInfo().getVersion() == null ? "0.0.0" : api.getInfo().getVersion();
    }

    private static final Pattern SEMVER = Pattern.compile("^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(.*)$");

    static int major(String version) {
        Matcher m = SEMVER.matcher(version.trim());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    static String nextMajor(String version) {
        return (major(version) + 1) + ".0.0";
    }

    /** Orders versions numerically (1.10.0 after 1.9.0); a pre-release sorts before its release. */
    static final Comparator<String> VERSION_ORDER = (a, b) -> {
        Matcher x = SEMVER.matcher(a);
        Matcher y = SEMVER.matcher(b);
        if (!x.matches() || !y.matches()) {
            return a.compareTo(b);
        }
        for (int g = 1; g <= 3; g++) {
            long p = x.group(g) == null ? 0 : Long.parseLong(x.group(g));
            long q = y.group(g) == null ? 0 : Long.parseLong(y.group(g));
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        String pa = x.group(4);
        String pb = y.group(4);
        if (pa.isEmpty() != pb.isEmpty()) {
            return pa.isEmpty() ? 1 : -1;
        }
        return pa.compareTo(pb);
    };

    /** The released spec with the highest version in its file name ({@code 1.2.0.yaml}), if any. */
    public static Optional<Path> newestReleased(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().matches("v?\\d+(\\.\\d+)*.*\\.(ya?ml|json)")).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream().max(Comparator.comparing(p -> stripExtension(p.getFileName().toString()), VERSION_ORDER));
    }

    private static String stripExtension(String name) {
        return name.replaceFirst("\\.(ya?ml|json)$", "");
    }
}
