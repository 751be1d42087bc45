"""Before `make run`: name the system libraries Qt's X11 (xcb) platform plugin needs and lacks.

Without them Qt stops with "Could not load the Qt platform plugin xcb" and no hint. Prints the
missing libraries and the Debian/Ubuntu packages that provide them, and exits 1; exits 0 when all
are there, off Linux, or when another platform is chosen (QT_QPA_PLATFORM=offscreen, wayland).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

#: Libraries loaded at run time (dlopen) that ldd cannot see.
DLOPENED = ["libxcb-cursor.so.0"]
#: Debian package names that do not follow the soname rule.
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def package_of(soname: str) -> str:
    """The Debian package of a library soname (``libxcb-icccm.so.4`` -> ``libxcb-icccm4``)."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    match = re.match(r"(lib[\w+-]+?)\.so\.(\d+)", soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_libraries() -> list[str]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    missing: set[str] = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"):
        if binary.exists():
            out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
            missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    missing |= {name for name in DLOPENED if name not in known}
    return sorted(missing)


def main() -> int:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") not in ("", "xcb"):
        return 0
    missing = missing_libraries()
    if not missing:
        return 0
    packages = sorted({package_of(name) for name in missing})
    print("FetalHC cannot open its window: Qt's X11 plugin needs system libraries that are missing:")
    print("  " + ", ".join(missing))
    print("Install them (Debian/Ubuntu), then run `make run` again:")
    print("  sudo apt-get install " + " ".join(packages))
    return 1


if __name__ == "__main__":
    sys.exit(main())
