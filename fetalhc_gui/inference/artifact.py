"""The model artifact: a folder with ``model.keras``, ``model.onnx`` and ``model_card.json``.

Reading a card and running the ONNX networks needs no TensorFlow; saving the networks does
(``training.model_files``), and ``training.artifact_build`` turns a training run into such a folder.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

MODEL_DIR = "model"
KERAS_FILE = "model.keras"
ONNX_FILE = "model.onnx"
#: The second stage: the networks that delineate the head on a crop around the first ellipse.
CROP_ONNX_FILE = "crop.onnx"
CROP_KERAS_FILE = "crop.keras"
#: An ensemble's first member cut out of ``model.onnx``: it places the crop and screens cine frames.
LOCATE_ONNX_FILE = "locate.onnx"
CARD_FILE = "model_card.json"

#: The HC18 data set's citation, and the attribution its licence asks of a model trained on it.
HC18_CITATION = (
    "T. L. A. van den Heuvel, D. de Bruijn, C. L. de Korte, B. van Ginneken, 'Automated measurement "
    "of fetal head circumference using 2D ultrasound images', PLoS ONE 13(8): e0200412, 2018. Data: "
    "Zenodo, doi:10.5281/zenodo.1327317"
)
HC18_ATTRIBUTION = (
    f"Trained on the HC18 challenge training set: {HC18_CITATION}, licensed under Creative Commons "
    "Attribution 4.0 (CC BY 4.0)."
)


class ModelLoadError(Exception):
    """A model folder or file is missing, corrupt or incompatible."""


def bundled_model_dir() -> Path:
    """The folder of the model that ships with the application."""
    return Path(str(resources.files("fetalhc_gui.resources") / "models" / "hc18_unet"))


def read_card(model_dir: str | Path) -> dict:
    """The model card of a model folder; ModelLoadError naming the file if it is missing or bad."""
    path = Path(model_dir) / CARD_FILE
    try:
        card = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelLoadError(f"No model card found: {path} is missing.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelLoadError(f"The model card {path} is unreadable: {exc}") from exc
    missing = [k for k in ("name", "input_size", "postprocessing") if k not in card]
    if missing:
        raise ModelLoadError(f"The model card {path} lacks {', '.join(missing)}; it is not a FetalHC model.")
    return card


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
