-- wrk script: POSTs the GraphQL bodies of a file (one JSON body per line), cycling through them,
-- and prints one machine-readable result line. Usage:
--   wrk -t2 -c16 -d20s -s bench/post.lua http://127.0.0.1:18080/graphql -- bodies.jsonl
-- Reads are public, so readers send no token; ACCORD_READ_TOKEN, when set, is sent as a bearer
-- token (to measure a deployment with ACCORD_SECURITY_READS_REQUIRE_READER=true: verifying the
-- token's RSA signature costs about 0.2 ms of server CPU per request).
local bodies = {}
local index = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      bodies[#bodies + 1] = line
    end
  end
  if #bodies == 0 then
    error("no request body in " .. tostring(args[1]))
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  local token = os.getenv("ACCORD_READ_TOKEN")
  if token and #token > 0 then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
  -- Threads start at different bodies, so that connections do not ask the same thing in step.
  index = math.random(#bodies)
end

function request()
  index = index % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[index])
end

-- No response() callback: it would make wrk read every body. bench/run.sh counts failed
-- operations from the server's own metrics (accord_graphql_operations_seconds, outcome).
function done(summary, latency, requests)
  local s = summary.duration / 1e6
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("result requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f socket_or_status_errors=%d\n",
    summary.requests, s, summary.requests / s, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, bad))
end
