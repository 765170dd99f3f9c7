package dev.expcenter.openapi.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The committed consumer pacts (Pact JSON v2, v3 or v4) and which of their interactions a change affects.
 *
 * <p>An interaction belongs to an operation when its method matches and its path matches the
 * operation's path template (after an optional server base path such as {@code /api/v2}); the most
 * literal template wins when several match.
 */
final class ConsumerPacts {

    /** One HTTP interaction of a consumer's pact. */
    record Interaction(String consumer, String file, String description, String method, String path,
            Map<String, List<String>> query, Set<String> headers, JsonNode requestBody, int status,
            JsonNode responseBody) {}

    /** An interaction a change affects, and why. */
    record Use(Interaction interaction, String how) {
        @Override
        public String toString() {
            return "consumer `" + interaction.consumer() + "`, interaction \"" + interaction.description() + "\" " + how;
        }
    }

    private final Path dir;
    private final List<Interaction> interactions;
    private final int files;
    private final List<Template> templates = new ArrayList<>();
    private final Set<String> basePaths = new LinkedHashSet<>();

    private ConsumerPacts(Path dir, List<Interaction> interactions, int files) {
        this.dir = dir;
        this.interactions = interactions;
        this.files = files;
    }

    /** Reads every {@code *.json} pact in {@code dir}; a missing folder means no pacts. */
    static ConsumerPacts load(Path dir, OpenAPI... specs) {
        List<Interaction> all = new ArrayList<>();
        int files = 0;
        if (dir != null && Files.isDirectory(dir)) {
            List<Path> pactFiles;
            try (Stream<Path> s = Files.list(dir)) {
                pactFiles = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path f : pactFiles) {
                files++;
                all.addAll(PactFiles.read(f));
            }
        }
        ConsumerPacts pacts = new ConsumerPacts(dir == null ? null : dir.toAbsolutePath().normalize(), List.copyOf(all), files);
        for (OpenAPI spec : specs) {
            pacts.learn(spec);
        }
        return pacts;
    }

    boolean isEmpty() {
        return interactions.isEmpty();
    }

    int fileCount() {
        return files;
    }

    int interactionCount() {
        return interactions.size();
    }

    Path dir() {
        return dir;
    }

    /** The interactions the change affects; empty when no consumer uses what changed. */
    List<Use> uses(SpecChange change) {
        List<Use> out = new ArrayList<>();
        String shape = IgnoredKeywords.shape(change.path());
        for (Interaction i : interactions) {
            String template = operationOf(i);
            if (!i.method().equalsIgnoreCase(change.method()) || template == null
                    || !shape.equals(IgnoredKeywords.shape(template))) {
                continue;
            }
            String how = how(change, i);
            if (how != null) {
                out.add(new Use(i, how));
            }
        }
        return out;
    }

    private static String how(SpecChange c, Interaction i) {
        String field = c.field();
        return switch (c.usage()) {
            case NONE -> null;
            case OPERATION -> "calls " + c.method() + " " + i.path();
            case RESPONSE_STATUS -> statusMatches(c.status(), i.status()) ? "expects a " + i.status() + " response" : null;
            case QUERY_PARAMETER -> {
                List<String> values = i.query().get(field);
                if (values == null || (c.value() != null && !values.contains(c.value()))) {
                    yield null;
                }
                yield "sends query parameter `" + field + (c.value() == null ? "" : "=" + c.value()) + "`";
            }
            case QUERY_PARAMETER_ABSENT -> i.query().containsKey(field) ? null : "does not send query parameter `" + field + "`";
            case HEADER_PARAMETER -> i.headers().contains(field.toLowerCase(Locale.ROOT)) ? "sends header `" + field + "`" : null;
            case REQUEST_FIELD_PRESENT -> JsonPaths.present(i.requestBody(), field, c.value())
                    ? "sends `" + field + "`" + (c.value() == null ? "" : " = `" + c.value() + "`") : null;
            case REQUEST_FIELD_ABSENT -> i.requestBody() != null && !JsonPaths.present(i.requestBody(), field, null)
                    ? "does not send `" + field + "`" : null;
            case RESPONSE_FIELD_PRESENT -> statusMatches(c.status(), i.status()) && JsonPaths.present(i.responseBody(), field, null)
                    ? "reads `" + field + "` (in its " + i.status() + " response)" : null;
        };
    }

    private static boolean statusMatches(String code, int status) {
        if (code == null || code.equals("default")) {
            return true;
        }
        String s = Integer.toString(status);
        if (code.length() == 3 && code.toUpperCase(Locale.ROOT).endsWith("XX")) {
            return s.charAt(0) == code.charAt(0);
        }
        return code.equals(s);
    }

    // --- operations: path templates of the specs ---------------------------------------------------

    private record Template(String template, Pattern pattern, int literalChars) {}

    private void learn(OpenAPI spec) {
        if (spec == null) {
            return;
        }
        if (spec.getServers() != null) {
            for (Server s : spec.getServers()) {
                String url = s.getUrl() == null ? "" : s.getUrl().replaceAll("\\{[^}]*}", "x");
                try {
                    String p = url.contains("://") || url.startsWith("/") ? URI.create(url).getPath() : "";
                    if (p != null && !p.isEmpty() && !p.equals("/")) {
                        basePaths.add(p.endsWith("/") ? p.substring(0, p.length() - 1) : p);
                    }
                } catch (IllegalArgumentException ignored) {
                    // a server URL we cannot read gives no base path
                }
            }
        }
        if (spec.getPaths() != null) {
            for (String t : spec.getPaths().keySet()) {
                if (templates.stream().noneMatch(x -> x.template().equals(t))) {
                    Matcher m = Pattern.compile("\\{[^}]*}").matcher(t);
                    StringBuilder re = new StringBuilder();
                    int last = 0;
                    while (m.find()) {
                        re.append(Pattern.quote(t.substring(last, m.start()))).append("[^/]+");
                        last = m.end();
                    }
                    re.append(Pattern.quote(t.substring(last)));
                    int literal = t.replaceAll("\\{[^}]*}", "").length();
                    templates.add(new Template(t, Pattern.compile(re + "/?"), literal));
                }
            }
        }
    }

    /** The spec path template an interaction's path belongs to, or null. */
    String operationOf(Interaction i) {
        List<String> candidates = new ArrayList<>();
        candidates.add(i.path());
        for (String base : basePaths) {
            if (i.path().startsWith(base + "/")) {
                candidates.add(i.path().substring(base.length()));
            }
        }
        Template best = null;
        for (String p : candidates) {
            for (Template t : templates) {
                if (t.pattern().matcher(p).matches() && (best == null || t.literalChars() > best.literalChars())) {
                    best = t;
                }
            }
        }
        return best == null ? null : best.template();
    }
}
