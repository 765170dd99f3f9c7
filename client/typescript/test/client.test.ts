/**
 * The client against the real mock (its jar, on a free loopback port): listing the built-in data,
 * the whole lifecycle from an empty session (flag, variations, activate the flag, experiment,
 * activate, pause, complete, archive), and Auth0's 400 body on refused transitions.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  createExpcenterClient,
  describeError,
  isExpcenterError,
  type ExpcenterClient,
  type ExpcenterError,
  type Experiment,
  type ExperimentTransitionStatus,
} from "@expcenter/client";
import { EMPTY_DATA, putState, startMock, type RunningMock } from "./support/mock.js";

const TRANSITION_NOT_ALLOWED = "Status transition is not allowed.";
const CANNOT_REACTIVATE = "Completed experiments cannot be reactivated.";

let mock: RunningMock;

before(async () => {
  mock = await startMock();
});

after(async () => {
  await mock?.stop();
});

/** A client of its own session (X-Mock-Session), so each test has its own copy of the data. */
function clientFor(session: string): ExpcenterClient {
  return createExpcenterClient({ baseUrl: mock.apiUrl, token: "dev", headers: { "X-Mock-Session": session } });
}

/** Unwraps a call that must succeed, naming Auth0's error if it did not. */
function ok<T>(result: { data?: T; error?: ExpcenterError | unknown; response: Response }, status = 200): T {
  const error = result.error;
  assert.equal(result.response.status, status, isExpcenterError(error) ? describeError(error) : String(error));
  assert.ok(result.data !== undefined, `no body in the ${result.response.status} answer`);
  return result.data;
}

describe("listing the built-in data", () => {
  it("lists every experiment, one of each status, and pages with take and next", async () => {
    const client = clientFor("ts-list");
    const all = ok(await client.GET("/experimentation/experiments", { params: { query: { take: 50 } } }));
    assert.equal(all.experiments.length, 8);
    assert.equal(all.next, undefined);
    const statuses = new Set(all.experiments.map((e) => e.status));
    assert.deepEqual([...statuses].sort(), ["active", "archived", "completed", "draft", "paused"]);

    const first = ok(await client.GET("/experimentation/experiments", { params: { query: { take: 3 } } }));
    assert.equal(first.experiments.length, 3);
    assert.ok(first.next, "a first page of 3 out of 8 has a next");
    const second = ok(await client.GET("/experimentation/experiments", { params: { query: { take: 3, from: first.next } } }));
    assert.deepEqual(
      [...first.experiments, ...second.experiments].map((e) => e.id),
      all.experiments.slice(0, 6).map((e) => e.id),
    );

    const drafts = ok(await client.GET("/experimentation/experiments", { params: { query: { status: "draft" } } }));
    assert.equal(drafts.experiments.length, 3);
    assert.ok(drafts.experiments.every((e) => e.status === "draft"));
  });

  it("reads one experiment, and an unknown one is Auth0's 404 body", async () => {
    const client = clientFor("ts-get");
    const list = ok(await client.GET("/experimentation/experiments", { params: { query: { status: "active" } } }));
    const active = list.experiments[0];
    assert.ok(active);
    const one = ok(await client.GET("/experimentation/experiments/{id}", { params: { path: { id: active.id } } }));
    assert.equal(one.name, active.name);

    const missing = await client.GET("/experimentation/experiments/{id}", {
      params: { path: { id: "exp_1111111111111111111111" } },
    });
    assert.equal(missing.response.status, 404);
    assert.equal(missing.data, undefined);
    assert.ok(isExpcenterError(missing.error));
    assert.equal(missing.error.statusCode, 404);
    assert.equal(missing.error.error, "Not Found");
    assert.equal(typeof missing.error.message, "string");
  });
});

describe("the lifecycle from an empty session", () => {
  const session = "ts-lifecycle";
  let client: ExpcenterClient;

  before(async () => {
    await putState(mock, EMPTY_DATA, session);
    client = clientFor(session);
  });

  it("creates a flag and its variations, activates it, then runs an experiment from draft to archived", async () => {
    assert.deepEqual(ok(await client.GET("/experimentation/experiments")).experiments, []);

    const flag = ok(
      await client.POST("/experimentation/feature-flags", {
        body: {
          name: "Checkout button colour",
          description: "Which colour sells more",
          parameters: { colour: { type: "string", value: "blue", description: "The button's colour" } },
        },
      }),
      201,
    );
    assert.match(flag.id, /^flg_/);
    assert.equal(flag.status, "draft");

    const control = ok(
      await client.POST("/experimentation/feature-flags/{id}/variations", {
        params: { path: { id: flag.id } },
        body: { name: "Blue (control)", overrides: {} },
      }),
      201,
    );
    const green = ok(
      await client.POST("/experimentation/feature-flags/{id}/variations", {
        params: { path: { id: flag.id } },
        body: { name: "Green", overrides: { colour: { value: "green" } } },
      }),
      201,
    );
    assert.equal(green.feature_flag_id, flag.id);
    const variations = ok(
      await client.GET("/experimentation/feature-flags/{id}/variations", { params: { path: { id: flag.id } } }),
    );
    assert.deepEqual(variations.variations.map((v) => v.name), ["Blue (control)", "Green"]);

    const activeFlag = ok(
      await client.POST("/experimentation/feature-flags/{id}/status", {
        params: { path: { id: flag.id } },
        body: { status: "active" },
      }),
    );
    assert.equal(activeFlag.status, "active");

    const created = ok(
      await client.POST("/experimentation/experiments", {
        body: {
          name: "Green checkout button",
          feature_flag_id: flag.id,
          authentication_flow: "pre_authentication",
          allocation_strategy: "percentage",
          assignment_config: { subject: "device" },
          allocations: [
            { variation_id: control.id, weight: 50, is_control: true },
            { variation_id: green.id, weight: 50, is_control: false },
          ],
        },
      }),
      201,
    );
    assert.match(created.id, /^exp_/);
    assert.equal(created.status, "draft");
    assert.equal(created.is_valid, true);
    assert.equal(created.started_at, undefined);

    const validation = ok(
      await client.POST("/experimentation/experiments/{id}/validate", { params: { path: { id: created.id } } }),
    );
    assert.deepEqual(validation, { is_valid: true, errors: [] });

    const active = await transition(client, created.id, "active");
    assert.ok(active.started_at, "activation sets started_at");
    const paused = await transition(client, created.id, "paused");
    assert.equal(paused.started_at, active.started_at);
    const resumed = await transition(client, created.id, "active");
    assert.equal(resumed.started_at, active.started_at, "resuming keeps the first start");
    await transition(client, created.id, "paused");
    const completed = await transition(client, created.id, "completed");
    assert.ok(completed.ended_at, "completing sets ended_at");
    const archived = await transition(client, created.id, "archived");
    assert.equal(archived.ended_at, completed.ended_at);

    const readBack = ok(await client.GET("/experimentation/experiments/{id}", { params: { path: { id: created.id } } }));
    assert.equal(readBack.status, "archived");
    const listed = ok(await client.GET("/experimentation/experiments", { params: { query: { status: "archived" } } }));
    assert.deepEqual(listed.experiments.map((e) => e.id), [created.id]);
  });
});

describe("refused transitions are Auth0's 400 body", () => {
  const session = "ts-refused";
  let client: ExpcenterClient;
  let byStatus: Map<string, Experiment>;

  before(async () => {
    client = clientFor(session);
    const all = ok(await client.GET("/experimentation/experiments", { params: { query: { take: 50 } } }));
    byStatus = new Map(all.experiments.map((e) => [e.status, e]));
  });

  it("completed → active: Completed experiments cannot be reactivated.", async () => {
    const completed = byStatus.get("completed");
    assert.ok(completed);
    const { data, error, response } = await client.POST("/experimentation/experiments/{id}/status", {
      params: { path: { id: completed.id } },
      body: { status: "active" },
    });
    assert.equal(response.status, 400);
    assert.equal(data, undefined);
    assert.deepEqual(error, {
      statusCode: 400,
      error: "Bad Request",
      message: CANNOT_REACTIVATE,
      errorCode: "invalid_status_transition",
    });
    assert.equal(describeError(error), `400 Bad Request: ${CANNOT_REACTIVATE} (invalid_status_transition)`);
    const still = ok(await client.GET("/experimentation/experiments/{id}", { params: { path: { id: completed.id } } }));
    assert.equal(still.status, "completed");
  });

  // Auth0's message, then the current status, the requested one and the allowed targets (the spec's table).
  for (const [from, to, allowed] of [
    ["draft", "paused", "active, archived"],
    ["draft", "completed", "active, archived"],
    ["archived", "active", "none"],
    ["archived", "paused", "none"],
  ] as const) {
    it(`${from} → ${to}: Status transition is not allowed.`, async () => {
      const experiment = byStatus.get(from);
      assert.ok(experiment);
      const { error, response } = await client.POST("/experimentation/experiments/{id}/status", {
        params: { path: { id: experiment.id } },
        body: { status: to },
      });
      assert.equal(response.status, 400);
      assert.ok(error);
      assert.equal(error.statusCode, 400);
      assert.equal(error.error, "Bad Request");
      assert.equal(error.errorCode, "invalid_status_transition");
      assert.equal(error.message, `${TRANSITION_NOT_ALLOWED} Cannot move from '${from}' to '${to}'; allowed: ${allowed}.`);
    });
  }

  it("asking for the status it already has is a 200 that changes nothing", async () => {
    const paused = byStatus.get("paused");
    assert.ok(paused);
    const same = await transition(client, paused.id, "paused");
    assert.equal(same.updated_at, paused.updated_at);
  });
});

describe("per-request options", () => {
  it("a forced error (Prefer: code=429) comes back typed like any other", async () => {
    const client = clientFor("ts-prefer");
    const { data, error, response } = await client.GET("/experimentation/experiments", {
      headers: { Prefer: "code=429" },
    });
    assert.equal(response.status, 429);
    assert.ok(response.headers.get("x-mock-forced"), "the mock marks forced answers");
    assert.equal(data, undefined);
    assert.ok(isExpcenterError(error));
    assert.equal(error.statusCode, 429);
    assert.equal(error.error, "Too Many Requests");
  });
});

describe("the token", () => {
  it("is sent as a bearer token, from a string or a function", async () => {
    const seen: string[] = [];
    const recording = (input: Request) => {
      seen.push(input.headers.get("Authorization") ?? "(none)");
      return fetch(input);
    };
    let calls = 0;
    const client = createExpcenterClient({
      baseUrl: `${mock.apiUrl}/`,
      token: async () => `dev-${++calls}`,
      fetch: recording,
    });
    ok(await client.GET("/experimentation/segments"));
    ok(await client.GET("/experimentation/feature-flags"));
    assert.deepEqual(seen, ["Bearer dev-1", "Bearer dev-2"]);
  });

  it("without the operation's scope is Auth0's 403", async () => {
    // The mock's dev mode reads a JWT's scope claim without checking its signature.
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const readOnly = `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: "ts", scope: "read:experimentation" })}.`;
    const client = createExpcenterClient({ baseUrl: mock.apiUrl, token: readOnly, headers: { "X-Mock-Session": "ts-scope" } });
    ok(await client.GET("/experimentation/experiments"));
    const { error, response } = await client.POST("/experimentation/feature-flags", {
      body: { name: "Not allowed", parameters: { on: { type: "boolean", value: false } } },
    });
    assert.equal(response.status, 403);
    assert.equal(error?.statusCode, 403);
    assert.equal(error?.errorCode, "insufficient_scope");
  });

  it("is required, and so is baseUrl", () => {
    assert.throws(() => createExpcenterClient({ baseUrl: mock.apiUrl, token: "" }), /token is required/);
    assert.throws(() => createExpcenterClient({ baseUrl: "", token: "dev" }), /baseUrl is required/);
  });
});

async function transition(
  client: ExpcenterClient,
  id: string,
  status: ExperimentTransitionStatus,
): Promise<Experiment> {
  const experiment = ok(
    await client.POST("/experimentation/experiments/{id}/status", { params: { path: { id } }, body: { status } }),
  );
  assert.equal(experiment.status, status);
  return experiment;
}
