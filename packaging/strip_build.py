"""Strip the symbol tables of a PyInstaller build's shared libraries (about 50 MB less), except
those repaired by auditwheel (numpy's, Pillow's and OpenCV's bundled libraries, with a hash in
their names or in a ``.libs`` folder), which stop loading when stripped."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPAIRED = re.compile(r"-[0-9a-f]{8}(-[0-9a-f]{8})?\.(so|[0-9])")


def strippable(path: Path) -> bool:
    return not any(part.endswith(".libs") for part in path.parts) and not REPAIRED.search(path.name)


def main(folders: list[str]) -> int:
    if shutil.which("strip") is None:
        print("strip not found (binutils): the build keeps its symbols")
        return 0
    for folder in folders:
        libraries = [p for p in Path(folder).rglob("*.so*") if p.is_file() and strippable(p)]
        for chunk in range(0, len(libraries), 200):
            subprocess.run(["strip", "--strip-unneeded", *map(str, libraries[chunk : chunk + 200])], check=False)
        print(f"{folder}: stripped {len(libraries)} libraries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
