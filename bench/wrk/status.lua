-- The status workload: POST /experimentation/experiments/{id}/status, every answer a 200.
--
-- BENCH_IDS names a file of experiment ids, one per line, all `paused` (bench/run.sh prepares them).
-- The first is the "hot" experiment; the rest are "cold".
--   odd requests:  the hot experiment, alternately {"status":"active"} and {"status":"paused"}: a real
--                  move each time (activation runs the readiness checks), or, if a concurrent request
--                  got there first, the documented same-status 200. It is the only experiment ever
--                  activated, so the one-active-experiment-per-tenant rule never refuses it.
--   even requests: the next cold experiment, round robin, {"status":"paused"}: the same-status 200
--                  (write lock, lookup, unchanged experiment returned), spread over all of them.
-- No interleaving of the 32 connections can make any request fail, and the state after a run is as
-- valid for the next run. Stateless targets get the same requests with made-up ids.
-- BENCH_PREFIX is the path prefix ("/api/v2", or "" for Prism, which serves the spec's paths at /).

local prefix = os.getenv("BENCH_PREFIX") or "/api/v2"
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
assert(#ids >= 2, "BENCH_IDS needs at least two ids")

local hot, cold

-- Built once per thread (wrk.headers holds Host and the -H Authorization header by then): wrk then
-- only hands out prepared strings.
init = function(args)
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer bench" }
  for k, v in pairs(wrk.headers) do headers[k] = v end
  if not headers["Host"] then headers["Host"] = wrk.host .. ":" .. wrk.port end
  local function status(id, s)
    return wrk.format("POST", prefix .. "/experimentation/experiments/" .. id .. "/status", headers,
      '{"status":"' .. s .. '"}')
  end
  hot = { status(ids[1], "active"), status(ids[1], "paused") }
  cold = {}
  for i = 2, #ids do cold[#cold + 1] = status(ids[i], "paused") end
end

local n = 0
local h = 0
local c = 0
request = function()
  n = n + 1
  if n % 2 == 1 then
    h = h % 2 + 1
    return hot[h]
  end
  c = c % #cold + 1
  return cold[c]
end
