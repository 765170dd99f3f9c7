package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Markdown change report ({@code openapi/target/spec-changes.md}). */
final class Report {

    private Report() {}

    static String markdown(SpecReview.Result r, Path spec, ConsumerPacts pacts) {
        StringBuilder md = new StringBuilder();
        List<SpecChange> breaking = r.breaking();
        List<SpecChange> compatible = r.compatible();

        md.append("# Spec changes: ").append(r.specVersion()).append(" against released ").append(r.releasedVersion())
                .append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Working spec | `").append(spec.toAbsolutePath().normalize()).append("` (info.version `").append(r.specVersion()).append("`) |\n");
        md.append("| Released spec | `").append(r.released().toAbsolutePath().normalize()).append("` (info.version `").append(r.releasedVersion())
                .append("`) |\n");
        md.append("| Consumer pacts | ");
        if (pacts.fileCount() == 0) {
            md.append("no consumer pacts found").append(pacts.dir() == null ? "" : " (`" + pacts.dir() + "`)");
        } else {
            md.append("`").append(pacts.dir()).append("`: ").append(pacts.fileCount()).append(" file(s), ")
                    .append(pacts.interactionCount()).append(" HTTP interaction(s)");
        }
        md.append(" |\n");
        md.append("| Verdict | ").append(verdict(r)).append(" |\n");
        long warnings = compatible.stream().filter(SpecChange::warning).count();
        md.append("| Changes | ").append(breaking.size()).append(" breaking, ").append(compatible.size())
                .append(" compatible").append(warnings == 0 ? "" : " (" + warnings + " with a warning)").append(" |\n\n");

        if (r.changes().isEmpty()) {
            md.append("No changes to operations, parameters, bodies, response codes or scopes. "
                    + "(Descriptions, summaries and examples are not compared.)\n");
            return md.toString();
        }

        md.append("| Kind | Breaking | Compatible |\n|---|---:|---:|\n");
        for (Category c : Category.values()) {
            long b = breaking.stream().filter(x -> x.category() == c).count();
            long k = compatible.stream().filter(x -> x.category() == c).count();
            if (b + k > 0) {
                md.append("| ").append(c.label()).append(" | ").append(b).append(" | ").append(k).append(" |\n");
            }
        }
        md.append('\n');
        rules(md, r.changes());

        md.append("## Breaking changes\n\n");
        if (breaking.isEmpty()) {
            md.append("None.\n\n");
        } else {
            for (Map.Entry<String, List<SpecChange>> op : byOperation(breaking).entrySet()) {
                md.append("### ").append(op.getKey()).append("\n\n");
                for (SpecChange c : op.getValue()) {
                    md.append("- **").append(c.category().label()).append("**: ").append(c.summary())
                            .append(" [").append(c.ruleAndDirection()).append("]\n");
                    List<String> uses = r.consumersOf(c);
                    if (pacts.fileCount() == 0) {
                        md.append("  - Consumers: no consumer pacts found.\n");
                    } else if (uses.isEmpty()) {
                        md.append("  - Consumers: no consumer pact uses it.\n");
                    } else {
                        for (String u : uses) {
                            md.append("  - Breaks ").append(u).append('\n');
                        }
                    }
                }
                md.append('\n');
            }
        }

        md.append("## Compatible changes\n\n");
        if (compatible.isEmpty()) {
            md.append("None.\n");
        } else {
            for (Map.Entry<String, List<SpecChange>> op : byOperation(compatible).entrySet()) {
                md.append("### ").append(op.getKey()).append("\n\n");
                for (SpecChange c : op.getValue()) {
                    md.append("- ").append(c.category().label()).append(c.warning() ? " (**warning**)" : "").append(": ")
                            .append(c.summary()).append(" [").append(c.ruleAndDirection()).append("]\n");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** How many findings each rule made, by direction: {@code | `response-property-pattern-removed` | response | breaking | 2 |}. */
    private static void rules(StringBuilder md, List<SpecChange> changes) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (SpecChange c : changes) {
            String key = "`" + c.rule() + "` | " + c.direction().label();
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            verdicts.put(key, c.breaking() ? "**breaking**" : c.warning() ? "compatible, warns" : "compatible");
        }
        md.append("| Rule | Direction | Verdict | Findings |\n|---|---|---|---:|\n");
        counts.forEach((key, n) -> md.append("| ").append(key).append(" | ").append(verdicts.get(key)).append(" | ")
                .append(n[0]).append(" |\n"));
        md.append('\n');
    }

    private static String verdict(SpecReview.Result r) {
        if (r.breaking().isEmpty()) {
            return r.changes().isEmpty() ? "**unchanged**" : "**compatible**: clients of " + r.releasedVersion() + " keep working";
        }
        if (r.majorBumped()) {
            return "**breaking, allowed**: info.version " + r.specVersion() + " raises the major version of "
                    + r.releasedVersion();
        }
        return "**BREAKING**: the build fails; revert, or raise info.version to " + SpecReview.nextMajor(r.releasedVersion());
    }

    private static Map<String, List<SpecChange>> byOperation(List<SpecChange> changes) {
        Map<String, List<SpecChange>> out = new LinkedHashMap<>();
        for (SpecChange c : changes) {
            String key = "`" + c.method() + " " + c.path() + "`" + (c.operationId() == null ? "" : " (" + c.operationId() + ")");
            out.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(c);
        }
        return out;
    }
}
