"""Entry point of the bundled ``readout`` command (PyInstaller runs this file)."""

from editor_app.cli import main

raise SystemExit(main())
