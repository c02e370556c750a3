// Starts `lovkode lsp` for .rules files and hands it to VS Code's language client. Everything
// the editor shows (diagnostics, hover, definition, completion, rename) comes from the server.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('lovkode');
  const command = config.get('server.command') || 'lovkode';
  const replace = config.get('server.replaceBuiltin') || [];
  const args = ['lsp'];
  for (const name of replace) args.push('--replace-builtin', String(name));

  // TransportKind.stdio adds --stdio, which `lovkode lsp` accepts.
  const server = { command, args, transport: TransportKind.stdio };
  const options = {
    documentSelector: [
      { scheme: 'file', language: 'lovkode' },
      { scheme: 'untitled', language: 'lovkode' },
    ],
    outputChannelName: 'Lovkode',
  };
  client = new LanguageClient('lovkode', 'Lovkode .rules', server, options);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('lovkode.server')) {
        vscode.window.showInformationMessage('Lovkode: reload the window to restart the language server with the new settings.');
      }
    }),
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
