#!/usr/bin/env bash
# Packages the VS Code extension into editors/vscode/lovkode-rules-<version>.vsix:
#   bash editors/vscode/package.sh
# Needs Node.js 20 or newer and npm (the registry or a mirror of it). It installs the pinned
# vscode-languageclient and @vscode/vsce into editors/vscode/node_modules, then runs vsce.
# Install the result with: code --install-extension editors/vscode/lovkode-rules-0.1.0.vsix
# The extension starts `lovkode lsp` (setting lovkode.server.command): install the dotnet tool
# or point the setting at a built CLI (docs/editors.md).
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund
npx --no-install vsce package --out "lovkode-rules-$(node -p "require('./package.json').version").vsix"
