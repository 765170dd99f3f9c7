/**
 * Starts the project's real mock (mock-server/target/expcenter-mock.jar) on a free loopback port
 * for a test file, and stops it afterwards. The jar is the one `mvn -pl mock-server -am package`
 * builds; EXPCENTER_MOCK_JAR and JAVA (the Maven build sets both) override where it and java are.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** client/typescript, from target/build/test/support/mock.js (compiled) or test/support/mock.ts. */
export const PACKAGE_DIR = findPackageDir(dirname(fileURLToPath(import.meta.url)));
export const MOCK_JAR = process.env.EXPCENTER_MOCK_JAR ?? resolve(PACKAGE_DIR, "../../mock-server/target/expcenter-mock.jar");
const JAVA = process.env.JAVA ?? "java";
const START_TIMEOUT_MS = Number(process.env.EXPCENTER_MOCK_START_TIMEOUT_MS ?? 120_000);
const STOP_TIMEOUT_MS = 10_000;

/** A state document with nothing in it: `--data` for tests that build their own world. */
export const EMPTY_DATA = { feature_flags: [], variations: [], segments: [], experiments: [] };

export interface RunningMock {
  /** `http://127.0.0.1:<port>/api/v2`: the client's baseUrl. */
  readonly apiUrl: string;
  /** `http://127.0.0.1:<port>`: for `/__admin`. */
  readonly rootUrl: string;
  /** Everything the mock printed so far (stdout and stderr). */
  log(): string;
  stop(): Promise<void>;
}

export interface MockOptions {
  /** A state document to start with (written to a temporary file for `--data`); the built-in data when absent. */
  data?: object;
  /** More command-line options, e.g. `["--rate-limit", "3"]`. */
  args?: string[];
}

export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  if (!existsSync(MOCK_JAR)) {
    throw new Error(`${MOCK_JAR} is missing: build it with 'mvn -B -pl mock-server -am package -DskipTests' (or set EXPCENTER_MOCK_JAR)`);
  }
  const scratch = mkdtempSync(join(tmpdir(), "expcenter-ts-"));
  const args = [
    "-XX:TieredStopAtLevel=1",
    // A response that breaks the spec is a 500 here, so a test against the mock also checks the mock.
    "-Dexpcenter.mock.strictSpec=true",
    "-jar", MOCK_JAR,
    "--host", "127.0.0.1",
    "--port", "0",
  ];
  if (options.data) {
    const file = join(scratch, "data.json");
    writeFileSync(file, JSON.stringify(options.data));
    args.push("--data", file);
  }
  args.push(...(options.args ?? []));

  const child = spawn(JAVA, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.once("error", (err) => (output += `\n[spawn ${JAVA}: ${err.message}]`));

  const stop = async () => {
    await terminate(child, exited);
    rmSync(scratch, { recursive: true, force: true });
  };

  // The mock prints "API:   http://127.0.0.1:<port>/api/v2" once it listens (--port 0: the port it got).
  const deadline = Date.now() + START_TIMEOUT_MS;
  let apiUrl: string | undefined;
  while (!apiUrl) {
    apiUrl = /API:\s+(http:\/\/127\.0\.0\.1:\d+\/api\/v2)/.exec(output)?.[1];
    if (apiUrl) break;
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`the mock exited (${child.exitCode ?? child.signalCode}) before it listened:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the mock did not listen within ${START_TIMEOUT_MS} ms:\n${output}`);
    }
    await sleep(50);
  }
  const rootUrl = apiUrl.replace(/\/api\/v2$/, "");
  return { apiUrl, rootUrl, log: () => output, stop };
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Replaces the whole state the mock serves (or one session's), through its admin API. */
export async function putState(mock: RunningMock, state: object, session?: string): Promise<void> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (session) headers["X-Mock-Session"] = session;
  const res = await fetch(`${mock.rootUrl}/__admin/state`, { method: "PUT", headers, body: JSON.stringify(state) });
  if (res.status !== 204) throw new Error(`PUT /__admin/state: ${res.status} ${await res.text()}`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function findPackageDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "@expcenter/client") return dir;
    if (dirname(dir) === dir) throw new Error(`no @expcenter/client package.json above ${from}`);
  }
}
