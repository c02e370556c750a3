-- Drives `lovkode lsp` through Neovim's own LSP client, headless, as a user's editor would:
-- open a broken reform, wait for the squiggle, hover, jump, complete, take the quick fix's
-- place, fix the typo and watch the error go, rename. Writes what the editor received, one line
-- each, to out.txt in the working folder. Runs on Neovim 0.7 (Debian 12's) and newer: the
-- client is started with start_client + buf_attach_client, which every version since 0.5 has.
local cli = os.getenv('LOVKODE_DLL')
local out = {}
local function log(s) table.insert(out, (s:gsub('\n', ' '))) end
local function finish()
  vim.fn.writefile(out, vim.fn.getcwd() .. '/out.txt')
  vim.cmd('qa!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(vim.fn.getcwd() .. '/mine.rules'))
local buf = vim.api.nvim_get_current_buf()
local start = vim.lsp.start_client or function(config) return vim.lsp.start(config, { bufnr = buf }) end
local id = start({ name = 'lovkode', cmd = { 'dotnet', cli, 'lsp' }, root_dir = vim.fn.getcwd() })
if not id then log('the client did not start'); finish(); return end
vim.lsp.buf_attach_client(buf, id)

local function at(line, col)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = col } }
end
local function each(responses, f)
  for _, r in pairs(responses or {}) do
    if r.err then log('error: ' .. vim.inspect(r.err)) elseif r.result then f(r.result) end
  end
end

log('diagnostics arrived: ' .. tostring(vim.wait(90000, function() return #vim.diagnostic.get(buf) > 0 end, 100)))
local lsp = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  log(string.format('diagnostic %d:%d %s', d.lnum + 1, d.col + 1, d.message))
  -- Back to the LSP form for the quick fix's context, as the client's own code_action does:
  -- the place and message from the diagnostic, the server's code and data kept in user_data.
  table.insert(lsp, vim.tbl_extend('keep', (d.user_data and d.user_data.lsp) or {}, {
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    message = d.message,
    severity = d.severity,
  }))
end

-- Line 4 is `override parameter CvFrist`; line 1 names Lab2019; line 13 has the misspelt member.
each(vim.lsp.buf_request_sync(buf, 'textDocument/hover', at(3, 22), 30000), function(r)
  log('hover: ' .. (type(r.contents) == 'table' and (r.contents.value or vim.inspect(r.contents)) or tostring(r.contents)))
end)
each(vim.lsp.buf_request_sync(buf, 'textDocument/definition', at(0, 26), 30000), function(r)
  local loc = r.uri and r or r[1]
  log(string.format('definition: %s:%d', loc.uri, loc.range.start.line + 1))
end)
each(vim.lsp.buf_request_sync(buf, 'textDocument/completion', at(12, 17), 30000), function(r)
  local labels = {}
  for _, item in ipairs(r.items or r) do table.insert(labels, item.label) end
  log('completion: ' .. table.concat(labels, ', '))
end)
each(vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = 12, character = 17 }, ['end'] = { line = 12, character = 24 } },
  context = { diagnostics = lsp },
}, 30000), function(r)
  for _, action in ipairs(r) do log('code action: ' .. action.title) end
end)

vim.api.nvim_buf_set_text(buf, 12, 17, 12, 24, { 'Dagpenge' })
log('errors cleared: ' .. tostring(vim.wait(90000, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.severity == vim.diagnostic.severity.ERROR then return false end
  end
  return true
end, 100)))

each(vim.lsp.buf_request_sync(buf, 'textDocument/rename', vim.tbl_extend('force', at(6, 14), { newName = 'Opfolgning' }), 30000), function(r)
  for uri, edits in pairs(r.changes or {}) do
    for _, e in ipairs(edits) do log(string.format('rename: %s:%d:%d %s', vim.fn.fnamemodify(vim.uri_to_fname(uri), ':t'), e.range.start.line + 1, e.range.start.character + 1, e.newText)) end
  end
end)

vim.lsp.stop_client(id)
log('stopped: ' .. tostring(vim.wait(10000, function() return vim.lsp.get_client_by_id(id) == nil end, 100)))
finish()
