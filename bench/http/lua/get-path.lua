-- GET of one fixed path (BENCH_PATH): the baseline and the list pages.
dofile((os.getenv("BENCH_LUA_DIR") or ".") .. "/common.lua")

local req
function init(args)
   bench.init_headers()
   req = wrk.format("GET", os.getenv("BENCH_PATH") or "/api/v1/platforms/reddit")
end

function request()
   return req
end
