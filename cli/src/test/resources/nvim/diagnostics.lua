-- NeovimLspIT's configuration: the user's snippet (editors/nvim/nnscript.lua, path in
-- g:nn_snippet) starts the server for the file on the command line; when diagnostics for it
-- arrive, they are written as Neovim holds them (vim.diagnostic.get: 0-based line, byte column,
-- severity, message) to g:nn_out, and Neovim quits. After 60 s it writes TIMEOUT instead.
vim.cmd('source ' .. vim.fn.fnameescape(vim.g.nn_snippet))

local default = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  default(err, result, ctx, config)
  local bufnr = vim.uri_to_bufnr(result.uri)
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local severity = d.severity == vim.diagnostic.severity.ERROR and 'error' or 'warning'
    table.insert(lines, string.format('%d:%d: %s: %s', d.lnum, d.col, severity, d.message))
  end
  vim.fn.writefile(lines, vim.g.nn_out)
  vim.cmd('qall!')
end

vim.defer_fn(function()
  vim.fn.writefile({ 'TIMEOUT' }, vim.g.nn_out)
  vim.cmd('qall!')
end, 60000)
