#!/bin/sh
# Install the system packages Readout Editor needs (Debian/Ubuntu), skipping what is present.
# Elsewhere, print what to install by hand.
set -eu

PACKAGES="libenchant-2-2 hunspell hunspell-en-us hunspell-es \
libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libfontconfig1 libdbus-1-3 \
libreoffice-writer-nogui python3-uno poppler-utils pandoc fonts-liberation"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: install these (or your system's equivalents) by hand:"
    echo "  enchant 2, Hunspell with en_US and es dictionaries, LibreOffice Writer,"
    echo "  poppler-utils (pdftotext), pandoc, and the X11/EGL/xkbcommon libraries Qt 6 needs."
    exit 0
fi

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    echo "System packages: all present."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "Installing system packages:$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
