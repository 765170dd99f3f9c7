-- The soak mix (bench/soak.sh): the three workloads of bench/run.sh in turn, paced.
--
-- BENCH_IDS: experiment ids, one per line, all `paused` (soak.sh prepares them); the first is "hot".
-- Requests cycle: status (as bench/wrk/status.lua: the hot experiment alternately active/paused, or a
-- cold one's same-status `paused`), get (an experiment), list (?take=25). Every answer is a 2xx.
-- SOAK_DELAY_MS: each connection waits this long after an answer before its next request, so the
-- rate is about connections * 1000 / (delay + latency) per second (wrk2 is not in Debian).

local prefix = os.getenv("BENCH_PREFIX") or "/api/v2"
local pause = tonumber(os.getenv("SOAK_DELAY_MS") or "0")
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
assert(#ids >= 2, "BENCH_IDS needs at least two ids")

local hot, cold, gets, list

init = function(args)
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer bench" }
  for k, v in pairs(wrk.headers) do headers[k] = v end
  if not headers["Host"] then headers["Host"] = wrk.host .. ":" .. wrk.port end
  local base = prefix .. "/experimentation/experiments"
  local function status(id, s)
    return wrk.format("POST", base .. "/" .. id .. "/status", headers, '{"status":"' .. s .. '"}')
  end
  hot = { status(ids[1], "active"), status(ids[1], "paused") }
  cold, gets = {}, {}
  for i = 2, #ids do cold[#cold + 1] = status(ids[i], "paused") end
  for i = 1, #ids do gets[#gets + 1] = wrk.format("GET", base .. "/" .. ids[i], headers) end
  list = wrk.format("GET", base .. "?take=25", headers)
end

delay = function()
  return pause
end

local n, h, c, g = 0, 0, 0, 0
request = function()
  n = n + 1
  local kind = n % 4
  if kind == 0 then
    h = h % 2 + 1
    return hot[h]
  elseif kind == 1 then
    c = c % #cold + 1
    return cold[c]
  elseif kind == 2 then
    g = g % #gets + 1
    return gets[g]
  end
  return list
end
