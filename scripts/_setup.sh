# Shared by scripts/run and scripts/test: system libraries Qt needs, then a venv.
# Idempotent: installed packages and an existing venv are reused.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_OFFSCREEN_LIBS="libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libdbus-1-3 libglib2.0-0"
# What the tests open an export with, as its readers would (they skip a tool that is missing).
EXPORT_VIEWERS="librsvg2-bin poppler-utils chromium"
QT_WINDOW_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

make_venv() {
  local python="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv || { apt_install python3-venv && "$python" -m venv .venv; }
  fi
  # pip takes 5-7 s even when there is nothing to do: skip it while pyproject.toml and this
  # file (the apt lists, the pip commands) are what the venv was last installed from.
  local stamp
  stamp=$(cat pyproject.toml scripts/_setup.sh | sha256sum | cut -d' ' -f1)
  if ! [ -x .venv/bin/timeline-explorer ] || [ "$(cat .venv/.installed 2>/dev/null)" != "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[dev]"
    echo "$stamp" >.venv/.installed
  fi
  compile_translations
}

# The interface's translations: resources/translations/*.ts (kept with
# scripts/update-translations) compiled to the .qm files the app loads; git ignores them.
compile_translations() {
  local ts qm
  for ts in resources/translations/*.ts; do
    qm="${ts%.ts}.qm"
    [ -f "$qm" ] && [ "$qm" -nt "$ts" ] && continue
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  done
}
