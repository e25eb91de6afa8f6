-- wrk script (from the peers kit, adapted): POST the GraphQL JSON body in $BODY_FILE;
-- $AUTH_TOKEN adds "Authorization: Bearer ..."; $AUTH_TOKENS (space-separated) gives wrk's thread i
-- the i-th token (mod n) instead: run -t N -c N so that each connection is one user's (Jixiao lets a user
-- run 2 analytics queries at once); NOCACHE=1 adds "Cache-Control: no-cache".
-- Counts responses that are not HTTP 200 or whose body carries "errors" (GraphQL errors come back with 200).
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
local body = f:read("*a"); f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
local tok = os.getenv("AUTH_TOKEN")
if tok and tok ~= "" then wrk.headers["Authorization"] = "Bearer " .. tok end
if os.getenv("NOCACHE") == "1" then wrk.headers["Cache-Control"] = "no-cache" end
wrk.body = body
local threads = {}
local tokens = {}
for t in string.gmatch(os.getenv("AUTH_TOKENS") or "", "%S+") do table.insert(tokens, t) end
function setup(thread)
  table.insert(threads, thread); thread:set("gqlerr", 0); thread:set("bytes", 0)
  if #tokens > 0 then thread:set("token", tokens[(#threads - 1) % #tokens + 1]) end
end
function init(args)
  if token then wrk.headers["Authorization"] = "Bearer " .. token end
end
function response(status, headers, b)
  if status ~= 200 or b:find('"errors"', 1, true) then gqlerr = gqlerr + 1 end
end
function done(summary, latency, requests)
  local e = 0
  for _, t in ipairs(threads) do e = e + t:get("gqlerr") end
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f n=%d errors=%d socket_errors=%d bytes_per_req=%.0f\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, e,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.bytes / math.max(summary.requests, 1)))
end
