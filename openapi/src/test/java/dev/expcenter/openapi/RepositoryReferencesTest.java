package dev.expcenter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Docs and comments name only what is there: every relative link of a Markdown file resolves, every
 * Markdown file a comment names exists in the repository (a report the build writes under a
 * {@code target/} folder excepted), and every test class a comment names (a name ending in Test, IT or
 * Suite) is a source file of the repository.
 */
class RepositoryReferencesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern MD_NAME = Pattern.compile("([\\w./-]*\\w\\.md)\\b");
    private static final Pattern TEST_NAME = Pattern.compile("\\b([A-Z][a-z][A-Za-z0-9]*(?:Test|IT|Suite))\\b");
    private static final Pattern COMMENT = Pattern.compile("^\\s*(?:\\*|//|/\\*\\*?)(.*)$");

    private static List<Path> files;
    private static Set<String> fileNames;

    @BeforeAll
    static void scan() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !excluded(ROOT.relativize(p)))
                    .toList();
        }
        fileNames = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }

    private static boolean excluded(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.equals("dist") && relative.startsWith("client")
                    || name.startsWith(".git") || name.equals("generated")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void markdownLinksShouldResolve() {
        List<String> broken = new ArrayList<>();
        for (Path md : ofType(".md")) {
            Matcher m = MD_LINK.matcher(read(md));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (!Files.exists(md.getParent().resolve(file))) {
                    broken.add(ROOT.relativize(md) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links to files that are not there").isEmpty();
    }

    @Test
    void commentsShouldNameOnlyFilesAndTestsThatExist() {
        List<String> broken = new ArrayList<>();
        for (Path source : ofType(".java")) {
            List<String> lines = List.of(read(source).split("\n", -1));
            for (int i = 0; i < lines.size(); i++) {
                Matcher comment = COMMENT.matcher(lines.get(i));
                if (!comment.matches()) {
                    continue;
                }
                String text = comment.group(1);
                for (Pattern name : List.of(MD_NAME, TEST_NAME)) {
                    Matcher m = name.matcher(text);
                    while (m.find()) {
                        boolean there = name == MD_NAME ? markdownExists(m.group(1))
                                : fileNames.contains(m.group(1) + ".java");
                        if (!there) {
                            broken.add(ROOT.relativize(source) + ":" + (i + 1) + " names " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(broken).as("comments naming what is not in the repository").isEmpty();
    }

    /** A Markdown file named by its name or by a path that ends a repository path; build output is not judged. */
    private static boolean markdownExists(String named) {
        if (named.startsWith("target/") || named.contains("/target/")) {
            return true;
        }
        if (!named.contains("/")) {
            return fileNames.contains(named);
        }
        return files.stream().anyMatch(p -> ROOT.relativize(p).toString().endsWith(named));
    }

    private static List<Path> ofType(String suffix) {
        return files.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
