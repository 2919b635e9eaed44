-- GET /api/v1/candidates/{id} over random seeded ids (ids.txt, exported from the database by run.sh).
dofile((os.getenv("BENCH_LUA_DIR") or ".") .. "/common.lua")

local ids
function init(args)
   bench.init_headers()
   ids = bench.read_lines(bench.data_dir .. "/ids.txt")
end

function request()
   return wrk.format("GET", "/api/v1/candidates/" .. ids[math.random(#ids)])
end
