-- wrk script for bench/api_bench.py.
-- If WRK_PATHS names a file of request paths (one a line), requests cycle through them
-- (a detail endpoint over many ids); otherwise wrk requests the URL it was given.
-- At the end, one line "RESULT {json}" with latency percentiles (microseconds), req/s and errors.

local paths = {}
local index = 0

local file = os.getenv("WRK_PATHS")
if file and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then paths[#paths + 1] = line end
  end
end

request = function()
  if #paths == 0 then
    return wrk.format(nil)
  end
  index = index % #paths + 1
  return wrk.format(nil, paths[index])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"p50":%d,"p95":%d,"p99":%d,"max":%d,"requests":%d,"seconds":%.3f,"errors":%d,"non_2xx":%d,"bytes":%d}\n',
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    summary.requests, summary.duration / 1e6,
    e.connect + e.read + e.write + e.timeout, e.status, summary.bytes))
end
