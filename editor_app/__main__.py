"""``python -m editor_app``: the same as the ``readout-editor`` command."""

from editor_app.app import main

if __name__ == "__main__":
    raise SystemExit(main())
