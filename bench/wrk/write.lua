-- The write workload: every request changes an experiment, so no two responses are the same bytes
-- (no response memo, no cache of any kind can answer it). Every answer a 200.
--
-- BENCH_IDS names a file of experiment ids, one per line, all `paused` (bench/run.sh prepares them).
-- The first is the "hot" experiment; the rest are "cold".
--   three requests in four: PATCH .../experiments/{id} of the next cold experiment, round robin over
--                  all of them, with {"description":"w<thread>-<n>"}: a description never sent before,
--                  so the experiment changes (new `description`, new `updated_at`) every time.
--   one in four:   POST .../experiments/{id}/status of the hot experiment, alternately active and paused:
--                  a real move (activation runs the readiness checks). A tenant may have one active
--                  experiment, so only one experiment can take real moves; when a concurrent request got
--                  there first, the documented same-status 200 answers instead.
-- No interleaving of the 32 connections can make a request fail. Stateless targets get the same
-- requests with made-up ids. BENCH_PREFIX is the path prefix ("/api/v2", or "" for Prism).

local prefix = os.getenv("BENCH_PREFIX") or "/api/v2"
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
assert(#ids >= 2, "BENCH_IDS needs at least two ids")

local headers, hot, patchPaths
local thread = 0
local counter = 0

-- wrk runs setup() in the main interpreter, once per thread; t:set makes a global in that thread's
-- interpreter. Each thread gets its own number, so two threads never send the same description.
local threads = 0
setup = function(t)
  threads = threads + 1
  t:set("bench_thread", threads)
end

init = function(args)
  thread = bench_thread or 0
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer bench" }
  for k, v in pairs(wrk.headers) do headers[k] = v end
  if not headers["Host"] then headers["Host"] = wrk.host .. ":" .. wrk.port end
  local path = prefix .. "/experimentation/experiments/" .. ids[1] .. "/status"
  hot = {
    wrk.format("POST", path, headers, '{"status":"active"}'),
    wrk.format("POST", path, headers, '{"status":"paused"}'),
  }
  patchPaths = {}
  for i = 2, #ids do patchPaths[#patchPaths + 1] = prefix .. "/experimentation/experiments/" .. ids[i] end
end

local n = 0
local h = 0
local c = 0
request = function()
  n = n + 1
  if n % 4 == 0 then
    h = h % 2 + 1
    return hot[h]
  end
  c = c % #patchPaths + 1
  counter = counter + 1
  return wrk.format("PATCH", patchPaths[c], headers, '{"description":"w' .. thread .. '-' .. counter .. '"}')
end
