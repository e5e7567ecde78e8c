-- wrk script of bench/pledge-load.sh: POSTs pledges, each with a fresh Idempotency-Key, and counts answers by
-- status. Arguments (after --): the run's nonce, the package id, the marker date of the run's pledges.
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  nonce = args[1]
  counts = {}
  sent = 0
  wrk.method = "POST"
  -- wrk.format takes these headers instead of wrk.headers, so they carry the command line's too
  headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  wrk.body = '{"contributors": ["NLD"], "amount": {"amount": "1000.00", "currency": "EUR"}, "packageId": "'
      .. args[2] .. '", "earmark": "AIR_AND_MISSILE_DEFENCE", "disclosure": "PUBLIC", "announcedOn": "'
      .. args[3] .. '"}'
end

function request()
  sent = sent + 1
  -- unique per run, thread and request: every request is a new pledge, never a replay
  headers["Idempotency-Key"] = nonce .. "-" .. id .. "-" .. sent
  return wrk.format(nil, nil, headers)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status, n in pairs(total) do
    io.write(string.format("status %d %d\n", status, n))
  end
  io.write(string.format("seconds %.3f\n", summary.duration / 1e6))
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("errors %d\n", summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
  io.write(string.format("p50_ms %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("p90_ms %.2f\n", latency:percentile(90) / 1000))
  io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("max_ms %.2f\n", latency.max / 1000))
  -- the latency distribution as 1,000 quantiles, each standing for a thousandth of the requests, so that the
  -- turns of one run can be added up (wrk keeps its own histogram per run)
  for k = 1, 1000 do
    io.write(string.format("latency_us %d %.3f\n", latency:percentile((k - 0.5) / 10), summary.requests / 1000))
  end
end
