"""PyInstaller runtime hook: fall back on the bundled enchant library (Linux).

The system's libenchant comes first, so its spell-checking providers match it; the copy
in the bundle is used only where the system has none. A PYENCHANT_LIBRARY_PATH the user
set is left alone.
"""

import ctypes.util
import os
import sys

if sys.platform.startswith("linux") and not os.environ.get("PYENCHANT_LIBRARY_PATH"):
    bundled = os.path.join(sys._MEIPASS, "libenchant-2.so.2")  # type: ignore[attr-defined]
    if ctypes.util.find_library("enchant-2") is None and os.path.exists(bundled):
        os.environ["PYENCHANT_LIBRARY_PATH"] = bundled
