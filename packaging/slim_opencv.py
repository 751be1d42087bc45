"""Build the OpenCV that the measuring build carries: the locked OpenCV release, from its source
distribution on PyPI (checked against the lock's SHA-256), with only the modules FetalHC calls
(core, imgproc, imgcodecs) and no FFmpeg, OpenBLAS, IPP or GUI.

OpenCV's wheel is 150 MB (every module, FFmpeg, OpenBLAS, AVIF); this build's Python module is
about 20 MB, which is what brings the measuring build under 350 MB. The full build keeps the
wheel. The two give identical measurements (``make package-test`` compares them row by row).

Usage: ``python packaging/slim_opencv.py OUT`` (``make package`` runs it once; it takes about 25
minutes on two cores). Needs cmake, ninja and a C++ compiler (Debian: ``apt-get install cmake
ninja-build g++``). ``OUT/python`` then holds the ``cv2`` package.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import urllib.request
from pathlib import Path

PACKAGE = "opencv-python-headless"
ROOT = Path(__file__).resolve().parent.parent
#: OpenCV's optional parts the measuring build leaves out (``WITH_<name>=OFF``).
WITHOUT = [
    "IPP",
    "ITT",
    "OPENCL",
    "LAPACK",
    "EIGEN",
    "FFMPEG",
    "GSTREAMER",
    "V4L",
    "GTK",
    "QT",
    "TIFF",
    "WEBP",
    "OPENJPEG",
    "JASPER",
    "OPENEXR",
    "AVIF",
    "PROTOBUF",
    "1394",
    "VA",
    "VA_INTEL",
    "SPNG",
    "FASTCV",
    "KLEIDICV",
    "IMGCODEC_HDR",
    "IMGCODEC_SUNRASTER",
    "IMGCODEC_PXM",
    "IMGCODEC_PFM",
    "IMGCODEC_GIF",
]
CMAKE_OPTIONS = {
    "CMAKE_BUILD_TYPE": "Release",
    "BUILD_LIST": "core,imgproc,imgcodecs,python3,python_bindings_generator",
    "BUILD_SHARED_LIBS": "OFF",
    "BUILD_opencv_python3": "ON",
    "PYTHON3_LIMITED_API": "ON",
    "OPENCV_PYTHON3_INSTALL_PATH": "python",
    "BUILD_TESTS": "OFF",
    "BUILD_PERF_TESTS": "OFF",
    "BUILD_DOCS": "OFF",
    "BUILD_EXAMPLES": "OFF",
    "BUILD_opencv_apps": "OFF",
    "BUILD_JAVA": "OFF",
    "ENABLE_PRECOMPILED_HEADERS": "OFF",
    "CV_TRACE": "OFF",
    # PNG and JPEG (the self-test's phantoms, overlays) from OpenCV's own copies; nothing else
    "WITH_PNG": "ON",
    "BUILD_PNG": "ON",
    "BUILD_ZLIB": "ON",
    "WITH_JPEG": "ON",
    "BUILD_JPEG": "ON",
    **dict.fromkeys((f"WITH_{name}" for name in WITHOUT), "OFF"),
}


def locked_release(lock: Path) -> tuple[str, set[str]]:
    """The locked version of OpenCV and the SHA-256 hashes the lock allows for it."""
    text = lock.read_text(encoding="utf-8")
    match = re.search(rf"^{PACKAGE}==(\S+)((?:\s*\\\s*--hash=sha256:[0-9a-f]{{64}})+)", text, re.MULTILINE)
    if not match:
        raise SystemExit(f"{PACKAGE} is not in {lock}")
    return match.group(1), set(re.findall(r"sha256:([0-9a-f]{64})", match.group(2)))


def source_distribution(version: str, hashes: set[str]) -> tuple[str, str]:
    """The URL and SHA-256 of the release's source distribution on PyPI, one the lock allows."""
    request = urllib.request.Request(
        f"https://pypi.org/simple/{PACKAGE}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        files = json.load(response)["files"]
    name = f"{PACKAGE.replace('-', '_')}-{version}.tar.gz"
    for entry in files:
        if entry["filename"] == name and entry["hashes"].get("sha256") in hashes:
            return entry["url"], entry["hashes"]["sha256"]
    raise SystemExit(f"no source distribution of {PACKAGE} {version} with a locked hash on PyPI")


def download(url: str, sha256: str, target: Path) -> None:
    if not target.exists() or hashlib.sha256(target.read_bytes()).hexdigest() != sha256:
        partial = target.with_suffix(".part")
        with urllib.request.urlopen(url, timeout=600) as response, partial.open("wb") as out:
            shutil.copyfileobj(response, out)
        if hashlib.sha256(partial.read_bytes()).hexdigest() != sha256:
            raise SystemExit(f"{url} does not match the locked SHA-256")
        partial.rename(target)


def python_options() -> dict[str, str]:
    import sysconfig

    library = Path(sysconfig.get_config_var("LIBDIR")) / sysconfig.get_config_var("LDLIBRARY")
    return {
        "PYTHON3_EXECUTABLE": sys.executable,
        "PYTHON3_INCLUDE_DIR": sysconfig.get_paths()["include"],
        "PYTHON3_LIBRARY": str(library),
    }


def main(out: Path) -> int:
    missing = [tool for tool in ("cmake", "ninja", "c++") if shutil.which(tool) is None]
    if missing:
        print(
            f"The measuring build compiles OpenCV's core from source and needs {', '.join(missing)}. "
            "Debian/Ubuntu: apt-get install cmake ninja-build g++",
            file=sys.stderr,
        )
        return 1
    version, hashes = locked_release(ROOT / "requirements" / f"lock-py{sys.version_info[0]}.{sys.version_info[1]}.txt")
    stamp = out / "BUILT"
    if stamp.exists() and stamp.read_text().strip() == version:
        print(f"OpenCV {version} (core, imgproc, imgcodecs) already built in {out}")
        return 0
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    url, sha256 = source_distribution(version, hashes)
    archive = out.parent / url.rsplit("/", 1)[1].split("#")[0]
    download(url, sha256, archive)
    with tarfile.open(archive) as tar:
        tar.extractall(out / "src", filter="data")
    source = next((out / "src").glob("*/opencv"))
    options = CMAKE_OPTIONS | python_options() | {"CMAKE_INSTALL_PREFIX": str(out)}
    build = out / "build"
    defines = [f"-D{key}={value}" for key, value in options.items()]
    subprocess.run(["cmake", "-S", str(source), "-B", str(build), "-G", "Ninja", *defines], check=True)
    subprocess.run(["cmake", "--build", str(build)], check=True)
    subprocess.run(["cmake", "--install", str(build)], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(build)
    shutil.rmtree(out / "src")
    stamp.write_text(version + "\n")
    print(f"OpenCV {version} (core, imgproc, imgcodecs) built into {out / 'python'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
