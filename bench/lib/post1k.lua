-- A 1 KiB JSON POST body for wrk.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"data":"' .. string.rep("a", 1024 - 11) .. '"}'
