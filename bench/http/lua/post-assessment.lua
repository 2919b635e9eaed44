-- POST /api/v1/candidates/{id}/assessments over random seeded ids, rotating answers (answers.lua).
dofile((os.getenv("BENCH_LUA_DIR") or ".") .. "/common.lua")

local ids
local bodies = {}
local n = 0
function init(args)
   bench.init_headers()
   wrk.headers["Content-Type"] = "application/json"
   ids = bench.read_lines(bench.data_dir .. "/ids.txt")
   local answers = dofile(bench.dir .. "/answers.lua")
   for _, a in ipairs(answers) do
      local body = '{"answer":' .. bench.json_string(a.answer)
      if a.roleId then body = body .. ',"roleId":' .. bench.json_string(a.roleId) end
      if a.roleTitle then body = body .. ',"roleTitle":' .. bench.json_string(a.roleTitle) end
      table.insert(bodies, body .. "}")
   end
   n = (tid or 0) % #bodies
end

function request()
   n = n % #bodies + 1
   return wrk.format("POST", "/api/v1/candidates/" .. ids[math.random(#ids)] .. "/assessments", nil, bodies[n])
end
