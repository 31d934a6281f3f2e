"""Entry point of the bundled ``readout-editor`` (PyInstaller runs this file)."""

from editor_app.app import main

raise SystemExit(main())
