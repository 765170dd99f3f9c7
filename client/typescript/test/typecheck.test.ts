/**
 * Makes the type test (test/types/client-types.ts) exact: a `// @ts-expect-error` is satisfied by
 * any error on its line, so a typo in the test itself could hide a hole in the types. Here the file
 * is type-checked twice with the compiler API, with the options `tsc -p test/types` uses: as it is
 * (no error at all, every directive used), and with the directives removed, where each marked line
 * must fail with exactly the code its directive names (`// @ts-expect-error TS2322 ...`) and no
 * other line may fail.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";
import { PACKAGE_DIR } from "./support/mock.js";

const CONFIG = join(PACKAGE_DIR, "test/types/tsconfig.json");
const FILE = join(PACKAGE_DIR, "test/types/client-types.ts");
const DIRECTIVE = /^\s*\/\/ @ts-expect-error TS(\d+)\b(.*)$/;

interface Found {
  line: number; // 1-based
  code: number;
  text: string;
}

function diagnostics(replace?: (text: string) => string): Found[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(CONFIG, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, "\n")),
  });
  assert.ok(parsed, `cannot read ${CONFIG}`);
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, onError) =>
    replace && ts.sys.resolvePath(name) === FILE
      ? ts.createSourceFile(name, replace(readFileSync(FILE, "utf8")), languageVersion, true)
      : getSourceFile(name, languageVersion, onError);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  assert.ok(program.getRootFileNames().some((n) => ts.sys.resolvePath(n) === FILE), "the type test is part of the program");
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    code: d.code,
    text: `${d.file ? d.file.fileName.replace(PACKAGE_DIR + "/", "") : ""}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ").slice(0, 200)}`,
  }));
}

const lines = readFileSync(FILE, "utf8").split("\n");
const expected = lines.flatMap((line, i) => {
  const m = DIRECTIVE.exec(line);
  return m ? [{ directiveLine: i + 1, line: i + 2, code: Number(m[1]), why: m[2]!.trim() }] : [];
});

describe("the type test", () => {
  it("names an error code on every directive", () => {
    const bare = lines.filter((l) => l.includes("@ts-expect-error") && !l.trimStart().startsWith("*") && !DIRECTIVE.test(l));
    assert.deepEqual(bare, [], "write directives as // @ts-expect-error TSnnnn why");
    assert.ok(expected.length >= 8, `only ${expected.length} expected errors`);
  });

  it("compiles as it is: the correct calls type-check and every directive is used", () => {
    assert.deepEqual(diagnostics().map((d) => d.text), []);
  });

  it("without the directives, fails on exactly the marked lines with the codes they name", () => {
    const found = diagnostics((text) => text.replace(/\/\/ @ts-expect-error/g, "// (expected)"));
    for (const e of expected) {
      const onLine = found.filter((d) => d.line === e.line);
      assert.ok(onLine.length > 0, `line ${e.line} (${e.why}) compiles without its directive`);
      assert.deepEqual(
        onLine.map((d) => d.code),
        onLine.map(() => e.code),
        `line ${e.line} (${e.why}): expected TS${e.code}, got ${onLine.map((d) => d.text).join("; ")}`,
      );
    }
    const elsewhere = found.filter((d) => !expected.some((e) => e.line === d.line));
    assert.deepEqual(elsewhere.map((d) => `${d.line}: ${d.text}`), [], "errors on lines no directive marks");
  });
});
