/**
 * The example page: lists the experiments and moves one through its lifecycle with
 * `@expcenter/client`, showing Auth0's error body when the API refuses a move.
 * The API's base URL comes from `?api=` (default: the mock on http://127.0.0.1:4010/api/v2).
 */
import {
  createExpcenterClient,
  describeError,
  type ExpcenterError,
  type Experiment,
  type ExperimentTransitionStatus,
} from "@expcenter/client";

const params = new URLSearchParams(location.search);
const baseUrl = params.get("api") ?? "http://127.0.0.1:4010/api/v2";
const client = createExpcenterClient({ baseUrl, token: params.get("token") ?? "dev" });

const rows = document.querySelector<HTMLTableSectionElement>("#experiments")!;
const table = rows.closest("table")!;
const notice = document.querySelector<HTMLElement>("#notice")!;
const errorBox = document.querySelector<HTMLElement>("#error")!;
document.querySelector("#api-url")!.textContent = baseUrl;
document.querySelector("#page-origin")!.textContent = location.origin;

/** The buttons every row has; the label of "active" depends on where the experiment is. */
const ACTIONS: { to: ExperimentTransitionStatus; label: (e: Experiment) => string }[] = [
  { to: "active", label: (e) => (e.status === "paused" ? "Resume" : "Activate") },
  { to: "paused", label: () => "Pause" },
  { to: "completed", label: () => "Complete" },
  { to: "archived", label: () => "Archive" },
];

function showNotice(text: string): void {
  errorBox.hidden = true;
  notice.textContent = text;
  notice.hidden = false;
}

function showError(error: ExpcenterError | string, about?: Experiment): void {
  notice.hidden = true;
  errorBox.replaceChildren();
  if (about) errorBox.append(`“${about.name}”: `);
  if (typeof error === "string") {
    errorBox.append(error);
  } else {
    // Auth0's body: the message for people, the code for programs.
    const message = document.createElement("strong");
    message.className = "text";
    message.textContent = error.message;
    const code = document.createElement("span");
    code.className = "code";
    code.textContent = ` ${error.statusCode} ${error.error}${error.errorCode ? ` · ${error.errorCode}` : ""}`;
    errorBox.append(message, code);
    errorBox.title = describeError(error);
  }
  errorBox.hidden = false;
}

function render(experiment: Experiment): HTMLTableRowElement {
  const row = document.createElement("tr");
  row.dataset.id = experiment.id;
  row.dataset.status = experiment.status;

  const name = document.createElement("td");
  name.className = "name";
  name.textContent = experiment.name;
  const ids = document.createElement("div");
  ids.className = "ids";
  ids.textContent = experiment.id;
  name.append(ids);

  const status = document.createElement("td");
  const badge = document.createElement("span");
  badge.className = `status status-${experiment.status}`;
  badge.textContent = experiment.status;
  status.append(badge);

  const actions = document.createElement("td");
  actions.className = "actions";
  for (const action of ACTIONS) {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.to = action.to;
    button.textContent = action.label(experiment);
    button.disabled = experiment.status === action.to;
    button.addEventListener("click", () => void move(experiment, action.to, row));
    actions.append(button);
  }

  row.append(name, status, actions);
  return row;
}

async function move(experiment: Experiment, to: ExperimentTransitionStatus, row: HTMLTableRowElement): Promise<void> {
  for (const r of rows.querySelectorAll("tr.selected")) r.classList.remove("selected");
  row.classList.add("selected");
  const buttons = row.querySelectorAll("button");
  buttons.forEach((b) => (b.disabled = true));
  try {
    const { data, error } = await client.POST("/experimentation/experiments/{id}/status", {
      params: { path: { id: experiment.id } },
      body: { status: to },
    });
    if (error) {
      showError(error, experiment);
      const again = render(experiment);
      again.classList.add("selected");
      row.replaceWith(again);
      return;
    }
    const moved = render(data);
    moved.classList.add("selected");
    row.replaceWith(moved);
    showNotice(`“${data.name}” is now ${data.status}.`);
  } catch (e) {
    // No answer at all (network down, CORS refused): fetch rejected.
    showError(`No answer from ${baseUrl}: ${e instanceof Error ? e.message : String(e)}`, experiment);
    buttons.forEach((b, i) => (b.disabled = experiment.status === ACTIONS[i]?.to));
  }
}

async function load(): Promise<void> {
  table.setAttribute("aria-busy", "true");
  const all: Experiment[] = [];
  let from: string | undefined;
  try {
    do {
      const { data, error } = await client.GET("/experimentation/experiments", {
        params: { query: { take: 50, ...(from ? { from } : {}) } },
      });
      if (error) return showError(error);
      all.push(...data.experiments);
      from = data.next;
    } while (from);
    rows.replaceChildren(...all.map(render));
  } catch (e) {
    showError(`No answer from ${baseUrl}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    table.setAttribute("aria-busy", "false");
  }
}

void load();
