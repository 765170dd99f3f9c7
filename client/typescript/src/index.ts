/**
 * `@expcenter/client`: a typed client for Auth0's Experiment Center Management API.
 *
 * The types (`paths`, `components`, `operations`) are generated at build time from the project's
 * spec (`openapi/openapi.yaml`) by openapi-typescript; the client is an openapi-fetch client of
 * those paths, so a call's path, parameters, body, response and error are all checked by `tsc`.
 */
import createClient, { type Client, type ClientOptions, type Middleware } from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";

export type { components, operations, paths } from "./generated/schema.js";

/** The client `createExpcenterClient` returns: `GET`, `POST`, `PATCH`, `DELETE` over the spec's paths. */
export type ExpcenterClient = Client<paths>;

/**
 * Auth0's error body, which every error response of the API carries:
 * `{ statusCode: 400, error: "Bad Request", message: "Status transition is not allowed.", errorCode: "invalid_status_transition" }`.
 */
export type ExpcenterError = components["schemas"]["ErrorResponse"];

/** Shorthands for the spec's schemas most screens use. */
export type Experiment = components["schemas"]["Experiment"];
export type ExperimentStatus = components["schemas"]["ExperimentStatus"];
export type ExperimentTransitionStatus = components["schemas"]["ExperimentTransitionStatus"];
export type FeatureFlag = components["schemas"]["FeatureFlag"];
export type Variation = components["schemas"]["Variation"];
export type Segment = components["schemas"]["Segment"];

/** A bearer token, or a function that returns the current one (called before every request). */
export type TokenSource = string | (() => string | Promise<string>);

export interface ExpcenterClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** The API's base URL, with `/api/v2`: `https://TENANT.auth0.com/api/v2`, or the mock's `http://127.0.0.1:4010/api/v2`. */
  baseUrl: string;
  /** The Management API access token, sent as `Authorization: Bearer <token>`. */
  token: TokenSource;
}

/**
 * A client of the Experiment Center Management API.
 *
 * ```ts
 * const client = createExpcenterClient({ baseUrl: "http://127.0.0.1:4010/api/v2", token: "dev" });
 * const { data, error } = await client.POST("/experimentation/experiments/{id}/status", {
 *   params: { path: { id } },
 *   body: { status: "paused" },
 * });
 * if (error) console.log(error.errorCode, error.message); // Auth0's error body, typed
 * ```
 *
 * Every other openapi-fetch option (`headers`, `fetch`, `credentials`, ...) is passed through.
 * Network failures (no answer at all) reject, as `fetch` does; HTTP errors resolve with `error`.
 */
export function createExpcenterClient(options: ExpcenterClientOptions): ExpcenterClient {
  const { baseUrl, token, ...rest } = options;
  if (!baseUrl) {
    throw new TypeError("createExpcenterClient: baseUrl is required (e.g. http://127.0.0.1:4010/api/v2)");
  }
  if (token === undefined || token === null || token === "") {
    throw new TypeError("createExpcenterClient: token is required (the mock accepts any, e.g. \"dev\")");
  }
  const client = createClient<paths>({ ...rest, baseUrl: baseUrl.replace(/\/+$/, "") });
  client.use(bearer(token));
  return client;
}

function bearer(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === "function" ? await token() : token;
      request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
}

/**
 * Whether a value is Auth0's error body: for values whose origin the types do not tell (a caught
 * exception, a body read by hand). The `error` of a client call is already typed as one.
 */
export function isExpcenterError(value: unknown): value is ExpcenterError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.statusCode === "number" &&
    typeof v.error === "string" &&
    typeof v.message === "string" &&
    (v.errorCode === undefined || typeof v.errorCode === "string")
  );
}

/** One line for people: `400 Bad Request: Status transition is not allowed. (invalid_status_transition)`. */
export function describeError(error: ExpcenterError): string {
  const code = error.errorCode ? ` (${error.errorCode})` : "";
  return `${error.statusCode} ${error.error}: ${error.message}${code}`;
}
