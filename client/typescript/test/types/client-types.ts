/**
 * The type test: `tsc --noEmit -p test/types` (npm run test:types) must pass over this file.
 *
 * The calls in `correct` must compile as they are. Each `// @ts-expect-error TSnnnn` marks the one
 * line below it that must not: tsc fails on a directive whose line compiles ("Unused
 * '@ts-expect-error' directive"), so a spec change that made a misspelled property or a wrong
 * status acceptable fails this test. test/typecheck.test.ts also checks that each marked line
 * fails with exactly the error code its directive names, and nothing else does.
 */
import {
  createExpcenterClient,
  type components,
  type ExpcenterError,
  type Experiment,
  type paths,
} from "@expcenter/client";

const client = createExpcenterClient({ baseUrl: "http://127.0.0.1:4010/api/v2", token: "dev" });
declare const id: string;

export async function correct(): Promise<void> {
  const paused = await client.POST("/experimentation/experiments/{id}/status", {
    params: { path: { id } },
    body: { status: "paused" },
  });
  if (paused.error) {
    const e: ExpcenterError = paused.error;
    const fields: [number, string, string, string | undefined] = [e.statusCode, e.error, e.message, e.errorCode];
    void fields;
  } else {
    const status: components["schemas"]["ExperimentStatus"] = paused.data.status;
    void status;
  }

  const list = await client.GET("/experimentation/experiments", {
    params: { query: { status: "draft", take: 10 } },
  });
  const experiments: Experiment[] | undefined = list.data?.experiments;
  void experiments;

  await client.POST("/experimentation/experiments", {
    body: {
      name: "Green checkout button",
      feature_flag_id: "flg_1111111111111111111111",
      authentication_flow: "pre_authentication",
      allocation_strategy: "percentage",
      assignment_config: { subject: "device" },
      allocations: [{ variation_id: "var_1111111111111111111111", weight: 100, is_control: true }],
    },
  });
  await client.PATCH("/experimentation/experiments/{id}", {
    params: { path: { id } },
    body: { description: null },
  });

  type StatusBody = paths["/experimentation/experiments/{id}/status"]["post"]["requestBody"]["content"]["application/json"];
  const body: StatusBody = { status: "completed" };
  void body;
}

export async function wrong(): Promise<void> {
  // A misspelled property of a request body.
  await client.POST("/experimentation/experiments/{id}/status", {
    params: { path: { id } },
    // @ts-expect-error TS2561 "statuss" is not a property of UpdateExperimentStatusRequest
    body: { statuss: "paused" },
  });

  // A status the transition endpoint does not take ("draft" is a status, not a target), and one that is none.
  await client.POST("/experimentation/experiments/{id}/status", {
    params: { path: { id } },
    // @ts-expect-error TS2322 "draft" is not an ExperimentTransitionStatus
    body: { status: "draft" },
  });
  await client.POST("/experimentation/experiments/{id}/status", {
    params: { path: { id } },
    // @ts-expect-error TS2322 "running" is not an ExperimentTransitionStatus
    body: { status: "running" },
  });

  // A wrong status value in a query filter.
  await client.GET("/experimentation/experiments", {
    // @ts-expect-error TS2322 "running" is not an ExperimentStatus
    params: { query: { status: "running" } },
  });

  // A misspelled property of a response.
  const { data } = await client.GET("/experimentation/experiments/{id}", { params: { path: { id } } });
  // @ts-expect-error TS2551 Experiment has started_at, not startedAt
  void data?.startedAt;

  // A misspelled property of Auth0's error body.
  const { error } = await client.GET("/experimentation/experiments/{id}", { params: { path: { id } } });
  // @ts-expect-error TS2551 ErrorResponse has errorCode, not error_code
  void error?.error_code;

  // A path the spec does not have, a method the path does not have, and a missing path parameter.
  // @ts-expect-error TS2345 no GET /experimentation/experiment (the path is .../experiments)
  await client.GET("/experimentation/experiment", {});
  // @ts-expect-error TS2345 no DELETE /experimentation/experiments
  await client.DELETE("/experimentation/experiments", {});
  // @ts-expect-error TS2345 params.path.id is required
  await client.POST("/experimentation/experiments/{id}/status", { body: { status: "paused" } });

  // A missing required property of a create body.
  await client.POST("/experimentation/feature-flags", {
    // @ts-expect-error TS2322 parameters is required
    body: { name: "No parameters" },
  });
}
