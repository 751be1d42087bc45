"""Decoding DICOM within bounds: a deflated file (Deflated Explicit VR Little Endian) is inflated
as a stream with a cap on its decoded size, never whole in memory, and a file's pixel data is
checked for its decoded size from the header before any frame is decoded.

pydicom inflates a deflated file's whole body into memory as it opens it: 1 MB can hold a
gigabyte of zeros. Here the body is inflated chunk by chunk into a plain Explicit VR Little
Endian file (``inflate_to``), or only counted (``inflated_size``), and refused past the cap.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from fetalhc_gui.core.errors import ImageLoadError

DEFLATED = "1.2.840.10008.1.2.1.99"
EXPLICIT_LITTLE = "1.2.840.10008.1.2.1"
#: The most bytes a file's pixel data (all frames) or a deflated file's body may decode to, for
#: the window and the command line; the node has its own (``NodeConfig.max_dataset_bytes``).
MAX_DECODED_BYTES = 512 * 1024 * 1024
CHUNK = 1 << 20


class TooLargeError(ImageLoadError):
    """A file whose decoded size passes its cap (the size it reached, in bytes, and the cap)."""

    def __init__(self, message: str, size: int, cap: int):
        super().__init__(message)
        self.size, self.cap = size, cap


def file_meta(path: Path) -> tuple[int, str] | None:
    """Where a Part 10 file's body starts (bytes) and its transfer syntax UID, read from the file
    meta group's own length (0002,0000); None for a file without a DICM preamble or that length."""
    with path.open("rb") as handle:
        head = handle.read(132 + 12)
        if len(head) < 144 or head[128:132] != b"DICM" or head[132:136] != b"\x02\x00\x00\x00":
            return None
        length = struct.unpack("<I", head[140:144])[0]
        meta = handle.read(length)
    if len(meta) < length:
        return None
    return 144 + length, _transfer_syntax(meta)


def _transfer_syntax(meta: bytes) -> str:
    """The (0002,0010) value of an Explicit VR Little Endian file meta group ("" when absent)."""
    position = 0
    while position + 8 <= len(meta):
        group, element = struct.unpack("<HH", meta[position : position + 4])
        vr = meta[position + 4 : position + 6]
        if vr in (b"OB", b"OW", b"OF", b"SQ", b"UT", b"UN"):
            size = struct.unpack("<I", meta[position + 8 : position + 12])[0]
            start = position + 12
        else:
            size = struct.unpack("<H", meta[position + 6 : position + 8])[0]
            start = position + 8
        if (group, element) == (0x0002, 0x0010):
            return meta[start : start + size].rstrip(b"\x00 ").decode("ascii", "replace")
        position = start + size
    return ""


def is_deflated(path: Path) -> bool:
    """True for a Part 10 file in Deflated Explicit VR Little Endian."""
    meta = file_meta(path)
    return meta is not None and meta[1] == DEFLATED


def _inflate(path: Path, start: int, cap: int, sink) -> int:
    """Inflate ``path``'s body from ``start`` into ``sink(bytes)`` chunk by chunk; the size, or
    TooLargeError as soon as it passes ``cap`` bytes."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    total = 0
    with path.open("rb") as handle:
        handle.seek(start)
        pending = b""
        while True:
            if not pending:
                pending = handle.read(CHUNK)
                if not pending:
                    break
            out = inflater.decompress(pending, CHUNK)
            pending = inflater.unconsumed_tail
            total += len(out)
            if total > cap:
                raise TooLargeError(
                    f"{path.name}: its deflated data inflates to more than {cap // (1024 * 1024)} MB; refused.",
                    total,
                    cap,
                )
            sink(out)
            if inflater.eof:
                break
    return total


def inflated_size(path: Path, cap: int = MAX_DECODED_BYTES) -> int:
    """The decoded size (bytes) of a deflated file's body, counted without keeping it; TooLargeError
    past ``cap``. 0 for a file that is not deflated."""
    meta = file_meta(path)
    if meta is None or meta[1] != DEFLATED:
        return 0
    return _inflate(path, meta[0], cap, lambda _chunk: None)


def inflate_to(path: Path, target: Path, cap: int) -> Path:
    """Write a deflated file as the same dataset in Explicit VR Little Endian at ``target``,
    inflating its body as a stream; TooLargeError (and no ``target``) past ``cap`` bytes. ``target``."""
    from pydicom.filereader import read_file_meta_info
    from pydicom.filewriter import write_file_meta_info

    meta = file_meta(path)
    if meta is None or meta[1] != DEFLATED:
        raise ImageLoadError(f"{path.name}: not a deflated DICOM file.")
    file_meta_dataset = read_file_meta_info(path)
    file_meta_dataset.TransferSyntaxUID = EXPLICIT_LITTLE
    try:
        with target.open("wb") as out:
            out.write(b"\x00" * 128 + b"DICM")
            write_file_meta_info(out, file_meta_dataset, enforce_standard=True)
            _inflate(path, meta[0], cap, out.write)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def check_pixel_bytes(name: str, rows: int, cols: int, samples: int, bits: int, frames: int, cap: int) -> int:
    """The bytes a file's pixel data decodes to (all frames), from its header; ImageLoadError
    past ``cap``, before any frame is decoded."""
    size = rows * cols * max(samples, 1) * max((bits + 7) // 8, 1) * max(frames, 1)
    if size > cap:
        raise TooLargeError(
            f"{name}: its {frames} frame(s) of {cols} x {rows} pixels decode to {size // (1024 * 1024)} MB, "
            f"more than the {cap // (1024 * 1024)} MB FetalHC decodes; refused.",
            size,
            cap,
        )
    return size
