"""The demo images: phantom heads (a small and a large one) that the builds carry, the self-test
measures and the benchmarks time. Written, not shipped in the source tree."""

from __future__ import annotations

from pathlib import Path

import cv2


def write_demo_images(folder: Path) -> list[Path]:
    """Write the demo phantoms (a small and a large head) into ``folder``; their paths."""
    from fetalhc_gui.core.ellipse import Ellipse
    from fetalhc_gui.core.phantom import head_phantom

    folder.mkdir(parents=True, exist_ok=True)
    heads = {
        "demo_small_head.png": Ellipse(380, 300, 95, 75, 2.6),
        "demo_large_head.png": Ellipse(410, 280, 215, 170, 0.15),
    }
    paths = []
    for index, (name, head) in enumerate(heads.items()):
        path = folder / name
        cv2.imwrite(str(path), head_phantom(head, seed=100 + index))
        paths.append(path)
    return paths
