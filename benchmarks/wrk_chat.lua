-- wrk script for benchmarks/http_load.py: POST /api/v1/chat with many distinct real questions.
--
--   wrk -t T -c C -d 20s -s wrk_chat.lua http://127.0.0.1:PORT -- BODIES_FILE API_KEY T
--
-- BODIES_FILE holds one JSON request body a line ({"message": "..."}, already JSON-escaped). Each thread
-- cycles through them from its own starting point, so threads do not send the same question together.
-- done() prints one JSON line: requests, duration, errors, responses by status, abstained answers and
-- latency percentiles in ms.

local threads = {}
local bodies = {}
local next_body = 0
statuses = {}
abstained = 0

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

function init(args)
   for line in io.lines(args[1]) do
      if line ~= "" then
         table.insert(bodies, line)
      end
   end
   assert(#bodies > 0, "no request bodies in " .. args[1])
   local thread_count = tonumber(args[3]) or 1
   next_body = math.floor((id - 1) * #bodies / thread_count)
   wrk.method = "POST"
   wrk.path = "/api/v1/chat"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Authorization"] = "Bearer " .. args[2]
end

function request()
   next_body = next_body % #bodies + 1
   return wrk.format(nil, nil, nil, bodies[next_body])
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if status == 200 and body:find('"abstained":true', 1, true) then
      abstained = abstained + 1
   end
end

function done(summary, latency, requests)
   local by_status, non_2xx, answers_abstained = {}, 0, 0
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         by_status[status] = (by_status[status] or 0) + count
      end
      answers_abstained = answers_abstained + thread:get("abstained")
   end
   local parts = {}
   for status, count in pairs(by_status) do
      table.insert(parts, string.format('"%d": %d', status, count))
      if status < 200 or status > 299 then
         non_2xx = non_2xx + count
      end
   end
   local e = summary.errors
   io.write(string.format(
      '{"requests": %d, "duration_s": %.6f, "errors": {"connect": %d, "read": %d, "write": %d, '
         .. '"timeout": %d, "status": %d}, "statuses": {%s}, "abstained": %d, '
         .. '"latency_ms": {"p50": %.3f, "p95": %.3f, "p99": %.3f, "max": %.3f, "mean": %.3f}}\n',
      summary.requests, summary.duration / 1e6, e.connect, e.read, e.write, e.timeout, non_2xx,
      table.concat(parts, ", "), answers_abstained, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
      latency:percentile(99) / 1e3, latency.max / 1e3, latency.mean / 1e3))
end
