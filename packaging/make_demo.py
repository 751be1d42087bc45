"""Write the demo images shipped in the standalone build (synthetic phantoms, no HC18 image)."""

from pathlib import Path

from fetalhc_gui.gui.self_test import DEMO_FOLDER
from fetalhc_gui.io.demo_images import write_demo_images

if __name__ == "__main__":
    folder = Path(__file__).resolve().parents[1] / "resources" / DEMO_FOLDER
    for path in write_demo_images(folder):
        print(f"wrote {path}")
