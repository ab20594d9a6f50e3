-- nnscript in Neovim: .nn files get the filetype nnscript and the language server `nnrun lsp`.
-- Put this file in ~/.config/nvim/lua/ and add `require('nnscript')` to init.lua, or paste it
-- there. Works on Neovim 0.7 (Debian 12's) and later; on 0.8+ vim.lsp.start would do the same.
-- Set vim.g.nnrun to the nnrun launcher's path when it is not on the PATH.
-- An autocommand rather than vim.filetype.add: 0.7 reads the latter only with g:do_filetype_lua set.
vim.cmd('autocmd BufRead,BufNewFile *.nn setfiletype nnscript')

local client_id = nil

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'nnscript',
  callback = function(args)
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      client_id = vim.lsp.start_client({
        name = 'nnrun',
        cmd = { vim.g.nnrun or 'nnrun', 'lsp' },
        root_dir = vim.fn.getcwd(),
      })
    end
    if client_id == nil then
      -- Neovim has said why (no nnrun on the PATH?); say what to do, and leave the buffer alone.
      vim.notify('nnscript: could not start `' .. (vim.g.nnrun or 'nnrun') .. ' lsp`; put nnrun on the PATH'
        .. ' or set vim.g.nnrun to the launcher\'s path', vim.log.levels.WARN)
      return
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
    -- Formatting is `nnrun fmt`: on 0.7 vim.lsp.buf.formatting(), on 0.8+ vim.lsp.buf.format().
    vim.keymap.set('n', '<leader>f', vim.lsp.buf.format or vim.lsp.buf.formatting, { buffer = args.buf })
    vim.keymap.set('n', 'K', vim.lsp.buf.hover, { buffer = args.buf })
    vim.keymap.set('n', '<leader>a', vim.lsp.buf.code_action, { buffer = args.buf })
  end,
})
