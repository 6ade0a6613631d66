#!/bin/bash
# Installs what Patchbay needs to build, test and run, from Debian 12's own packages.
# Skips apt-get entirely when everything is there already.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache dpkg-dev file pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-svg-dev
    qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev nlohmann-json3-dev libsqlite3-dev libyaml-cpp-dev libsimdjson-dev libbenchmark-dev
    # fuzzing (libFuzzer) and benchmarks
    clang libclang-rt-14-dev time openssl
    # run
    libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
    # tests: the real keychain, offscreen and Xvfb windows, screenshots
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth imagemagick trayer jq python3-jsonschema
    # tests: TAP reports read by prove (perl)
    perl
    # tests: the desktop files and the package as Debian's tools see them
    desktop-file-utils appstream lintian groff-base
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root, or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
