-- Neovim 0.10+ as LSP client: the server asks to watch vt-lint.toml (dynamic registration of
-- workspace/didChangeWatchedFiles); turning a rule off in the config, without touching the
-- plan, makes its diagnostic go. Neovim leaves dynamic registration off on Linux by default,
-- so this client opts in, as a user's config can. Run by .ci/nvim-lsp-test.sh in the plan's
-- folder, which holds a vt-lint.toml:
--   VT_LINT_BIN=target/debug/vt-lint nvim --headless -u NONE -l tests/nvim/watch.lua plan.md
local function fail(msg)
  io.stderr:write("nvim-lsp-test: FAIL: " .. msg .. "\n")
  os.exit(1)
end
local bin = os.getenv("VT_LINT_BIN") or fail("VT_LINT_BIN is not set")
local wait_ms = tonumber(os.getenv("VT_WAIT_MS") or "20000")
local caps = vim.lsp.protocol.make_client_capabilities()
-- VT_NO_WATCH=1: the client does not opt in, and the check must fail (the script's control run).
caps.workspace.didChangeWatchedFiles.dynamicRegistration = os.getenv("VT_NO_WATCH") ~= "1"
vim.cmd.edit(arg[1])
local buf = vim.api.nvim_get_current_buf()
local dir = vim.fn.fnamemodify(arg[1], ":p:h")
local id = vim.lsp.start({ name = "vt-lint", cmd = { bin, "lsp" }, root_dir = dir, capabilities = caps },
  { bufnr = buf })
if not id then
  fail("could not start " .. bin)
end
local function has(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if c == code then
      return true
    end
  end
  return false
end
if not vim.wait(wait_ms, function() return has("VT104") end, 50) then
  fail("no VT104 before the config change")
end
-- Give Neovim's watcher a moment to start after the registration.
vim.wait(500)
local f = assert(io.open(dir .. "/vt-lint.toml", "w"))
f:write('lang = "nl"\n[rules]\nVT104 = "off"\n')
f:close()
if not vim.wait(wait_ms, function() return not has("VT104") end, 50) then
  fail("VT104 still shown " .. wait_ms .. " ms after vt-lint.toml turned it off")
end
io.stderr:write("nvim-lsp-test: config change re-linted the open plan\n")
os.exit(0)
