-- wrk's requests for bench/serve-load.sh: a mix of what the page and programs ask kg serve,
-- taken in turn by each connection.
local paths = {
  "/api/query?q=%3Fx%20attacked%20%3Fy",
  "/api/query?q=select%20%3Fx%2C%20count(*)%20where%20%3Fx%20attacked%20%3Fy%20group%20by%20%3Fx%20order%20by%20count(*)%20desc%20limit%2010",
  "/api/query?q=describe%20Iraq",
  "/api/query?q=path%20Iran%20to%20Israel%20max%203",
  "/api/query?q=%3Fx%20leads%20Iraq%20evidence",
  "/api/entity/Iran",
  "/api/entity/Israel",
  "/api/entity/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82",
  "/api/claims?s=Iran&p=attacked",
  "/api/claims?s=Israel",
  "/api/complete?prefix=ir",
  "/api/complete?prefix=%D8%B9%D8%B1",
}
local next = 1

function setup(thread)
  thread:set("next", math.random(#paths))
end

request = function()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end
