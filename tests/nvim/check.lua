-- A real editor as LSP client: Neovim (headless) starts `vt-lint lsp`, attaches it to the
-- buffer, and checks what the server sent: diagnostics, hover, an edit, and the suppress quick
-- fix on a table row. Run by .ci/nvim-lsp-test.sh:
--   VT_LINT_BIN=target/debug/vt-lint nvim --headless -u NONE -c "luafile tests/nvim/check.lua" plan.md
-- Works with Neovim 0.7 (vim.lsp.start_client) and 0.8+ (vim.lsp.start). Exits 0 or 1.

local function log(msg)
  io.stderr:write("nvim-lsp-test: " .. msg .. "\n")
end
local function fail(msg)
  log("FAIL: " .. msg)
  os.exit(1)
end

local bin = os.getenv("VT_LINT_BIN")
if not bin or bin == "" then
  fail("VT_LINT_BIN is not set")
end
local wait_ms = tonumber(os.getenv("VT_WAIT_MS") or "20000")
local buf = vim.api.nvim_get_current_buf()
log("Neovim " .. tostring(vim.version().major) .. "." .. tostring(vim.version().minor)
  .. "." .. tostring(vim.version().patch) .. ", buffer " .. vim.api.nvim_buf_get_name(buf))

local config = { name = "vt-lint", cmd = { bin, "lsp" }, root_dir = vim.fn.getcwd() }
local id
if vim.lsp.start then
  id = vim.lsp.start(config, { bufnr = buf })
else
  id = vim.lsp.start_client(config)
  if id then
    vim.lsp.buf_attach_client(buf, id)
  end
end
if not id then
  fail("could not start " .. bin)
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end
local function find(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == code then
      return d
    end
  end
end

-- 1. The diagnostics of the plan as opened: VT104 (missing support) on the title.
if not vim.wait(wait_ms, function() return find("VT104") ~= nil end, 50) then
  fail("no VT104 diagnostic within " .. wait_ms .. " ms; got " .. vim.inspect(vim.diagnostic.get(buf)))
end
local client = vim.lsp.get_client_by_id(id)
log("position encoding: " .. tostring(client and client.offset_encoding))
local d = find("VT104")
log("received " .. #vim.diagnostic.get(buf) .. " diagnostics, VT104 at " .. d.lnum .. ":" .. d.col
  .. "-" .. d.end_lnum .. ":" .. d.end_col)
-- Neovim keeps byte columns: the title "Verbeterplan één 🙂 geëvalueerd" is bytes 2..38.
local title = vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]
if d.lnum ~= 0 or d.col ~= 2 or d.end_lnum ~= 0 or d.end_col ~= #title then
  fail("VT104 range is " .. d.lnum .. ":" .. d.col .. "-" .. d.end_lnum .. ":" .. d.end_col
    .. ", want 0:2-0:" .. #title)
end
if d.severity ~= vim.diagnostic.severity.ERROR then
  fail("VT104 should be an error, got severity " .. tostring(d.severity))
end
if not string.find(d.message, "ondersteuning", 1, true) then
  fail("unexpected message: " .. d.message)
end

-- 2. Hover on the title shows the rule's explanation.
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 0, character = 4 } }
local replies = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 5000) or {}
local hover_ok = false
for _, r in pairs(replies) do
  local c = r.result and r.result.contents
  if c and c.value and string.find(c.value, "VT104 missing-support", 1, true) then
    hover_ok = true
  end
end
if not hover_ok then
  fail("hover did not explain VT104: " .. vim.inspect(replies))
end

-- 3. Edit the buffer as a user would; Neovim sends incremental changes. Once support is
--    described, VT104 goes away.
vim.api.nvim_buf_set_lines(buf, -1, -1, false,
  { "", "## Ondersteuning", "", "Elke maandag een coachingsgesprek van 30 minuten." })
if not vim.wait(wait_ms, function() return find("VT104") == nil and find("VT101") ~= nil end, 50) then
  fail("VT104 still reported after adding support: " .. vim.inspect(vim.diagnostic.get(buf)))
end
log("after the edit: " .. #vim.diagnostic.get(buf) .. " diagnostics, no VT104")

-- 4. A finding in a table row: the suppress quick fix, applied as the user would, silences it
--    and leaves the table whole (no comment between its rows).
vim.api.nvim_buf_set_lines(buf, -1, -1, false,
  { "", "## Verbeterpunten", "", "| Doel | Norm |", "| --- | --- |",
    "| Je werkt proactiever | elke week een voorstel |" })
local row = vim.api.nvim_buf_line_count(buf) - 1
if not vim.wait(wait_ms, function() return find("VT201") ~= nil end, 50) then
  fail("no VT201 in the table row: " .. vim.inspect(vim.diagnostic.get(buf)))
end
local v = find("VT201")
if v.lnum ~= row then
  fail("VT201 on line " .. v.lnum .. ", want the table row " .. row)
end
-- The server answers from its own findings in the range (Neovim's diagnostic-to-LSP
-- conversion differs between 0.7 and 0.11, so none are sent along).
local ca_params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = v.lnum, character = v.col }, ["end"] = { line = v.end_lnum, character = v.end_col } },
  context = { diagnostics = {} },
}
local actions = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", ca_params, 5000) or {}
local fix
for _, r in pairs(actions) do
  for _, a in ipairs(r.result or {}) do
    if a.title and string.find(a.title, "VT201 in deze tabel", 1, true) then
      fix = a
    end
  end
end
if not fix or not fix.edit then
  fail("no suppress quick fix for the table row: " .. vim.inspect(actions))
end
log("quick fix: " .. fix.title)
vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
if not vim.wait(wait_ms, function() return find("VT201") == nil end, 50) then
  fail("VT201 still reported after the quick fix: " .. vim.inspect(vim.diagnostic.get(buf)))
end
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local at
for i, l in ipairs(lines) do
  if l == "| Je werkt proactiever | elke week een voorstel |" then
    at = i
  end
end
if not at or lines[at - 1] ~= "| --- | --- |" or lines[at - 2] ~= "| Doel | Norm |" then
  fail("the quick fix split the table: " .. vim.inspect(lines))
end
log("table row suppressed, the table is whole")

vim.lsp.stop_client(id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
log("OK")
os.exit(0)
