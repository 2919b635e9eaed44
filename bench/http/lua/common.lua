-- Shared by every wrk script of the socialhire HTTP benchmark.
-- Per-thread counters of 2xx / non-2xx responses, collected in done() and printed on one
-- machine-readable line (BENCH_RESULT ...) that run.sh parses. Loaded with dofile() from the
-- endpoint scripts; BENCH_LUA_DIR (set by run.sh) locates the data files.

bench = {}
bench.dir = os.getenv("BENCH_LUA_DIR") or "."
bench.data_dir = os.getenv("BENCH_DATA_DIR") or bench.dir
bench.tag = os.getenv("BENCH_TAG") or tostring(os.time())

local threads = {}
local thread_count = 0

-- Runs in wrk's main Lua state, once per thread, before that thread's init().
function setup(thread)
   thread_count = thread_count + 1
   thread:set("tid", thread_count)
   table.insert(threads, thread)
end

ok2xx = 0
non2xx = 0
first_error = ""

-- Headers sent on every request: JSON, and the API key when one is configured.
function bench.init_headers()
   wrk.headers["Accept"] = "application/json"
   local key = os.getenv("SOCIALHIRE_API_KEY")
   if key ~= nil and key ~= "" then
      wrk.headers["Authorization"] = "Bearer " .. key
   end
   math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
   for _ = 1, 10 do math.random() end
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      ok2xx = ok2xx + 1
   else
      non2xx = non2xx + 1
      if first_error == "" then
         first_error = tostring(status) .. " " .. string.sub((body or ""):gsub("%s+", " "), 1, 300)
      end
   end
end

function done(summary, latency, requests)
   local ok, bad, first = 0, 0, ""
   for _, t in ipairs(threads) do
      ok = ok + (t:get("ok2xx") or 0)
      bad = bad + (t:get("non2xx") or 0)
      local f = t:get("first_error")
      if first == "" and f ~= nil and f ~= "" then first = f end
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "BENCH_RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f " ..
      "ok2xx=%d non2xx=%d err_connect=%d err_read=%d err_write=%d err_timeout=%d err_status=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, ok, bad, e.connect, e.read, e.write, e.timeout, e.status))
   if first ~= "" then
      io.write("BENCH_FIRST_ERROR " .. first .. "\n")
   end
end

-- Minimal JSON string encoder (answers are UTF-8 text; escapes quotes, backslashes, controls).
function bench.json_string(s)
   s = s:gsub('[%c"\\]', function(c)
      if c == '"' then return '\\"'
      elseif c == '\\' then return '\\\\'
      elseif c == '\n' then return '\\n'
      elseif c == '\t' then return '\\t'
      else return string.format('\\u%04x', string.byte(c)) end
   end)
   return '"' .. s .. '"'
end

-- Non-empty lines of a file, as a list.
function bench.read_lines(path)
   local lines = {}
   local f = io.open(path, "r")
   if f == nil then error("cannot open " .. path) end
   for line in f:lines() do
      line = line:gsub("%s+$", "")
      if line ~= "" then table.insert(lines, line) end
   end
   f:close()
   if #lines == 0 then error("no lines in " .. path) end
   return lines
end
