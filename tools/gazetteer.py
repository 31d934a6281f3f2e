"""Write resources/gazetteer/cldr_cities.json: CLDR's exemplar cities in English and Spanish.

    python tools/gazetteer.py

Every time zone of the inhabited regions names a city (its "exemplar city"); Babel gives
that name per locale ("Europe/Moscow" → Moscow / Moscú). The house list
(resources/gazetteer/places.json) completes and overrides it with the exonyms RAE and
Fundéu recommend. Rerun after upgrading Babel; a test says when the file is stale.
"""

from __future__ import annotations

import json
import sys
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.core.gazetteer import CLDR_FILE, cldr_cities  # noqa: E402


def main() -> int:
    """Write the file and say how many cities it holds."""
    cities = cldr_cities(zoneinfo.available_timezones())
    path = ROOT / "resources" / "gazetteer" / CLDR_FILE
    lines = ",\n".join("    " + json.dumps(c, ensure_ascii=False) for c in cities)
    path.write_text(
        '{\n  "_comment": "Written by tools/gazetteer.py from Babel (CLDR): do not edit.",\n'
        f'  "cities": [\n{lines}\n  ]\n}}\n',
        encoding="utf-8",
    )
    print(f"{path}: {len(cities)} cities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
