-- POST /api/v1/candidates with two channels; every request has a unique email
-- (run tag + thread id + counter + random), so no 409 is expected.
dofile((os.getenv("BENCH_LUA_DIR") or ".") .. "/common.lua")

local counter = 0
local first = { "Ana", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas" }
local last = { "Moreno", "Schmidt", "Dubois", "Silva", "Nakamura", "Okafor", "Rossi", "Kowalski" }
local subs = { "CommunityManager", "socialmedia", "gamedev", "marketing", "indiegaming", "devrel" }
local roles = { "member", "contributor", "creator", "moderator", "organizer" }
local freqs = { "daily", "weekly", "monthly", "rarely" }

function init(args)
   bench.init_headers()
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   counter = counter + 1
   local r = math.random(1, 999999)
   local fn, ln = first[math.random(#first)], last[math.random(#last)]
   local slug = string.format("%s%d%d", fn, tid or 0, counter % 100000)
   local body = string.format(
      '{"fullName":"%s %s","email":"%s.%s.%s.t%d.%d.%d@load.bench.example.com","headline":"Community manager",' ..
      '"tags":["gaming","bench"],"channels":[' ..
      '{"platform":"reddit","handle":"r/%s","role":"%s","frequency":"%s","since":"2021-04"},' ..
      '{"platform":"X/Twitter","handle":"@%s","role":"%s","frequency":"%s"}]}',
      fn, ln, string.lower(fn), string.lower(ln), bench.tag, tid or 0, counter, r,
      subs[math.random(#subs)], roles[math.random(#roles)], freqs[math.random(#freqs)],
      string.sub(slug, 1, 15), roles[math.random(#roles)], freqs[math.random(#freqs)])
   return wrk.format("POST", "/api/v1/candidates", nil, body)
end
