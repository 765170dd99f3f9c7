-- The mixed suite: what a frontend test suite sends, one request at a time (run it with -t 1 -c 1),
-- stopped after BENCH_SUITE_REQUESTS answers (default 1,000). bench/first-requests.sh runs it.
--
-- It first creates what it needs (a flag with two variations, activated), then repeats a cycle of ten
-- requests over a new experiment each time:
--   create (201), get, list, activate, pause, update (PATCH), get, archive, list, get (200 each).
-- Activation needs no other active experiment in the tenant (the script pauses any it finds first),
-- and every experiment ends archived, so the cycle can repeat forever. BENCH_SUITE_NAME makes the
-- flag's and the experiments' names unique per run (names are unique per kind).
-- Any other status than the expected one is counted and printed at the end (and fails the run in the
-- calling script); the run stops early at the first one.

local prefix = os.getenv("BENCH_PREFIX") or "/api/v2"
local limit = tonumber(os.getenv("BENCH_SUITE_REQUESTS") or "1000")
local run = os.getenv("BENCH_SUITE_NAME") or "suite"
local api = prefix .. "/experimentation"

local headers
local steps = {}       -- the queue of requests still to send: { method, path, body, expected, on_body }
local answered = 0
local started = 0
unexpected = 0           -- globals: done() reads them from each thread with thread:get
first_unexpected = nil
local flag, a, b, exp
local cycle = 0

-- Wall time in ms (LuaJIT's ffi; wrk's Lua has no clock of its own finer than a second), and a way to
-- end the run once the suite is done: SIGINT, which wrk handles by stopping and printing its summary.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
  int kill(int pid, int sig);
  int getpid(void);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end
elapsed_ms = -1 -- global: done() reads it with thread:get
local function finish()
  wrk.thread:stop()
  ffi.C.kill(ffi.C.getpid(), 2)
end

local function id_of(body) return string.match(body, '"id"%s*:%s*"([^"]+)"') end
local function push(method, path, body, expected, on_body)
  steps[#steps + 1] = { method = method, path = path, body = body, expected = expected, on_body = on_body }
end

local function next_cycle()
  cycle = cycle + 1
  local name = run .. " " .. cycle
  push("POST", api .. "/experiments", '{"name":"' .. name .. '","feature_flag_id":"' .. flag
    .. '","authentication_flow":"pre_authentication","allocation_strategy":"percentage",'
    .. '"assignment_config":{"subject":"device"},"allocations":['
    .. '{"variation_id":"' .. a .. '","weight":50,"is_control":true},'
    .. '{"variation_id":"' .. b .. '","weight":50,"is_control":false}]}', 201,
    function(body) exp = id_of(body) end)
  local function on_exp(method, suffix, body, expected)
    -- the experiment's id is known only once the create has answered: resolve the path when sent
    push(method, function() return api .. "/experiments/" .. exp .. suffix end, body, expected)
  end
  on_exp("GET", "", nil, 200)
  push("GET", api .. "/experiments?take=25", nil, 200)
  on_exp("POST", "/status", '{"status":"active"}', 200)
  on_exp("POST", "/status", '{"status":"paused"}', 200)
  on_exp("PATCH", "", '{"description":"cycle ' .. cycle .. '"}', 200)
  on_exp("GET", "", nil, 200)
  on_exp("POST", "/status", '{"status":"archived"}', 200)
  push("GET", api .. "/experiments?take=25", nil, 200)
  on_exp("GET", "", nil, 200)
end

init = function(args)
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer bench" }
  for k, v in pairs(wrk.headers) do headers[k] = v end
  push("GET", api .. "/experiments?status=active&take=50", nil, 200, function(body)
    for id in string.gmatch(body, '"id"%s*:%s*"(exp_[^"]+)"') do
      table.insert(steps, 1, { method = "POST", path = api .. "/experiments/" .. id .. "/status",
        body = '{"status":"paused"}', expected = 200 })
    end
  end)
  push("POST", api .. "/feature-flags", '{"name":"' .. run .. '_flag","parameters":'
    .. '{"show_passkey_prompt":{"type":"boolean","value":false}}}', 201, function(body) flag = id_of(body) end)
  push("POST", function() return api .. "/feature-flags/" .. flag .. "/variations" end,
    '{"name":"control","overrides":{}}', 201, function(body) a = id_of(body) end)
  push("POST", function() return api .. "/feature-flags/" .. flag .. "/variations" end,
    '{"name":"prompt","overrides":{"show_passkey_prompt":{"value":true}}}', 201, function(body) b = id_of(body) end)
  push("POST", function() return api .. "/feature-flags/" .. flag .. "/status" end, '{"status":"active"}', 200)
end

-- request() only looks at the head of the queue; response() takes it off. wrk calls request() once
-- more than it sends (to check the script makes a valid request), and with one connection the answer
-- to a request always comes before the next one is made.
request = function()
  if started == 0 then started = now_ms() end
  if #steps == 0 then next_cycle() end
  local step = steps[1]
  local path = step.path
  if type(path) == "function" then path = path() end
  return wrk.format(step.method, path, headers, step.body)
end

response = function(status, hdrs, body)
  local step = table.remove(steps, 1)
  answered = answered + 1
  if status ~= step.expected then
    unexpected = unexpected + 1
    first_unexpected = first_unexpected or (step.method .. " -> " .. status .. " " .. string.sub(body or "", 1, 200))
    finish()
  elseif step.on_body then
    step.on_body(body)
  end
  if answered >= limit then
    elapsed_ms = now_ms() - started
    finish()
  end
end

local threads = {}
setup = function(t) threads[#threads + 1] = t end

done = function(summary, latency, requests)
  local bad, first, ms = 0, nil, -1
  for _, t in ipairs(threads) do
    bad = bad + (tonumber(t:get("unexpected")) or 0)
    first = first or t:get("first_unexpected")
    ms = tonumber(t:get("elapsed_ms")) or -1
  end
  -- elapsed: from the first request to the answer of the last (-1 if the suite did not finish)
  io.write(string.format("suite: %d answers, %d unexpected, %d requests in %.1f ms\n",
    summary.requests, bad, limit, ms))
  if first then io.write("suite: first unexpected: " .. first .. "\n") end
end
