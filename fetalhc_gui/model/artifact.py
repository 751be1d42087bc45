"""The model artifact: a folder with ``model.keras``, ``model.onnx`` and ``model_card.json``.

Saving the networks needs TensorFlow; reading a card does not. ``artifact_build`` turns a
training run into such a folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import resources
from pathlib import Path

from fetalhc_gui.core.atomic import atomic_write_text

MODEL_DIR = "model"
KERAS_FILE = "model.keras"
ONNX_FILE = "model.onnx"
#: The second stage: the networks that delineate the head on a crop around the first ellipse.
CROP_ONNX_FILE = "crop.onnx"
CROP_KERAS_FILE = "crop.keras"
#: An ensemble's first member cut out of ``model.onnx``: it places the crop and screens cine frames.
LOCATE_ONNX_FILE = "locate.onnx"
CARD_FILE = "model_card.json"

HC18_ATTRIBUTION = (
    "Trained on the HC18 challenge training set: T. L. A. van den Heuvel, D. de Bruijn, "
    "C. L. de Korte, B. van Ginneken, 'Automated measurement of fetal head circumference using "
    "2D ultrasound images', PLoS ONE 13(8): e0200412, 2018. Data: Zenodo, "
    "doi:10.5281/zenodo.1327317, licensed under Creative Commons Attribution 4.0 (CC BY 4.0)."
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


def load_keras_model(path: str | Path):
    """A Keras model from a ``.keras`` file or a model folder; ModelLoadError naming the file."""
    import keras

    from fetalhc_gui.model import unet  # noqa: F401  (registers the custom loss and metric)

    path = Path(path)
    if path.is_dir():
        path = path / KERAS_FILE
    if not path.exists():
        raise ModelLoadError(f"The model file {path} does not exist.")
    try:
        return keras.saving.load_model(path, compile=False)
    except Exception as exc:  # Keras raises many kinds for a bad file
        raise ModelLoadError(f"The model file {path} could not be loaded: {exc}") from exc


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_onnx(model, path: Path) -> None:
    """Write ``model`` as ONNX (opset chosen by tf2onnx) with a dynamic batch dimension."""
    import tensorflow as tf

    signature = [tf.TensorSpec((None, *model.input_shape[1:]), tf.float32, name="image")]
    tmp = path.with_suffix(".tmp.onnx")
    model.export(str(tmp), format="onnx", input_signature=signature, verbose=False)
    os.replace(tmp, path)


def save_inference_model(model, config, folder: Path, keras_file: str = KERAS_FILE, onnx_file: str = ONNX_FILE) -> None:
    """Save ``model``'s weights in a fresh, uncompiled U-Net without deep-supervision outputs (no
    optimizer state) as ``keras_file`` in ``folder``, plus its ONNX as ``onnx_file``."""
    from fetalhc_gui.model.unet import copy_weights, get_unet

    folder.mkdir(parents=True, exist_ok=True)
    clean = get_unet((*config.size, 1), config.base_filters, config.depth, config.dropout, config.dilated)
    copy_weights(model, clean)
    clean.save(folder / keras_file)
    export_onnx(clean, folder / onnx_file)


def write_card(folder: Path, card: dict) -> dict:
    """Add file hashes to ``card`` and write it atomically as ``model_card.json``."""
    optional = [name for name in (CROP_ONNX_FILE, CROP_KERAS_FILE, LOCATE_ONNX_FILE) if (folder / name).exists()]
    names = [KERAS_FILE, ONNX_FILE, *optional]
    card = card | {"files": {name: sha256_of(folder / name) for name in names}}
    atomic_write_text(folder / CARD_FILE, json.dumps(card, indent=2))
    return card
