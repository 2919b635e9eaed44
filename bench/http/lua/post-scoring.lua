-- POST /api/v1/scorings rotating over the answers in answers.lua (each with its role and declared channels).
dofile((os.getenv("BENCH_LUA_DIR") or ".") .. "/common.lua")

local bodies = {}
local n = 0
function init(args)
   bench.init_headers()
   wrk.headers["Content-Type"] = "application/json"
   local answers = dofile(bench.dir .. "/answers.lua")
   for _, a in ipairs(answers) do
      local parts = { '"answer":' .. bench.json_string(a.answer) }
      if a.roleId then table.insert(parts, '"roleId":' .. bench.json_string(a.roleId)) end
      if a.roleTitle then table.insert(parts, '"roleTitle":' .. bench.json_string(a.roleTitle)) end
      if a.declared then
         local d = {}
         for _, p in ipairs(a.declared) do table.insert(d, bench.json_string(p)) end
         table.insert(parts, '"declaredChannels":[' .. table.concat(d, ",") .. ']')
      end
      table.insert(bodies, wrk.format("POST", "/api/v1/scorings", nil, "{" .. table.concat(parts, ",") .. "}"))
   end
   n = (tid or 0) % #bodies
end

function request()
   n = n % #bodies + 1
   return bodies[n]
end
