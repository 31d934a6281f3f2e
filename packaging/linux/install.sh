#!/bin/sh
# Install Readout Editor for this user from the unpacked bundle folder this script sits in:
#   ./install.sh              copy the app to ~/.local/share/readout-editor and add it to
#                             the menu (desktop entry, icon, AppStream metadata, and the
#                             `readout-editor` and `readout` commands in ~/.local/bin)
#   ./install.sh --uninstall  remove all of that again
# DESTDIR-free and sudo-free: everything goes under the XDG folders of the current user.
set -eu

ID=io.github.readout_editor
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$DATA/readout-editor
BIN_DIR=${XDG_BIN_HOME:-$HOME/.local/bin}
DESKTOP=$DATA/applications/$ID.desktop
ICON=$DATA/icons/hicolor/scalable/apps/$ID.svg
METAINFO=$DATA/metainfo/$ID.metainfo.xml

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

uninstall() {
    rm -rf -- "$APP_DIR"
    rm -f -- "$DESKTOP" "$ICON" "$METAINFO"
    for cmd in readout-editor readout; do
        # Only the links this script made: never a command installed some other way.
        if [ -L "$BIN_DIR/$cmd" ] && [ "$(readlink "$BIN_DIR/$cmd")" = "$APP_DIR/$cmd" ]; then
            rm -f -- "$BIN_DIR/$cmd"
        fi
    done
    refresh_menus
    echo "Readout Editor removed."
}

install() {
    if [ ! -x "$HERE/readout-editor" ] || [ ! -d "$HERE/_internal" ]; then
        echo "install.sh: run me from the unpacked Readout Editor folder" >&2
        exit 2
    fi
    if [ "$HERE" != "$APP_DIR" ]; then
        rm -rf -- "$APP_DIR"
        mkdir -p -- "$(dirname -- "$APP_DIR")"
        cp -R -- "$HERE" "$APP_DIR"
    fi
    mkdir -p -- "$(dirname -- "$DESKTOP")" "$(dirname -- "$ICON")" "$(dirname -- "$METAINFO")" \
        "$BIN_DIR"
    sed "s|^Exec=readout-editor|Exec=\"$APP_DIR/readout-editor\"|" \
        "$APP_DIR/$ID.desktop" >"$DESKTOP"
    cp -- "$APP_DIR/readout-editor.svg" "$ICON"
    cp -- "$APP_DIR/$ID.metainfo.xml" "$METAINFO"
    for cmd in readout-editor readout; do
        if [ ! -e "$BIN_DIR/$cmd" ] || [ -L "$BIN_DIR/$cmd" ]; then
            ln -sf -- "$APP_DIR/$cmd" "$BIN_DIR/$cmd"
        fi
    done
    refresh_menus
    echo "Readout Editor installed in $APP_DIR; it is in your applications menu."
}

case "${1:-}" in
    "") install ;;
    --uninstall | -u) uninstall ;;
    -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) echo "install.sh: unknown option $1 (use --uninstall or --help)" >&2; exit 2 ;;
esac
