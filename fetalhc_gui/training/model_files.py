"""Saving networks and model folders, and reading their Keras files (needs TensorFlow and tf2onnx)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from fetalhc_gui.inference.artifact import (
    CARD_FILE,
    CROP_KERAS_FILE,
    CROP_ONNX_FILE,
    KERAS_FILE,
    LOCATE_ONNX_FILE,
    ONNX_FILE,
    ModelLoadError,
    sha256_of,
)
from fetalhc_gui.inference.plane_check import PLANE_CHECK_FILE
from fetalhc_gui.io.atomic import atomic_write_text


def load_keras_model(path: str | Path):
    """A Keras model from a ``.keras`` file or a model folder; ModelLoadError naming the file."""
    import keras

    from fetalhc_gui.training import unet  # noqa: F401  (registers the custom loss and metric)

    path = Path(path)
    if path.is_dir():
        path = path / KERAS_FILE
    if not path.exists():
        raise ModelLoadError(f"The model file {path} does not exist.")
    try:
        return keras.saving.load_model(path, compile=False)
    except Exception as exc:  # Keras raises many kinds for a bad file
        raise ModelLoadError(f"The model file {path} could not be loaded: {exc}") from exc


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
    from fetalhc_gui.training.unet import copy_weights, get_unet

    folder.mkdir(parents=True, exist_ok=True)
    clean = get_unet((*config.size, 1), config.base_filters, config.depth, config.dropout, config.dilated)
    copy_weights(model, clean)
    clean.save(folder / keras_file)
    export_onnx(clean, folder / onnx_file)


def write_card(folder: Path, card: dict) -> dict:
    """Add file hashes to ``card`` and write it atomically as ``model_card.json``."""
    optional = [
        name
        for name in (CROP_ONNX_FILE, CROP_KERAS_FILE, LOCATE_ONNX_FILE, PLANE_CHECK_FILE)
        if (folder / name).exists()
    ]
    names = [KERAS_FILE, ONNX_FILE, *optional]
    card = card | {"files": {name: sha256_of(folder / name) for name in names}}
    atomic_write_text(folder / CARD_FILE, json.dumps(card, indent=2))
    return card


def first_member_graph(ensemble_onnx: Path) -> bytes:
    """The serialised ONNX graph of the first member's part of an ensemble's ``model.onnx``."""
    import onnx
    import onnx.shape_inference
    import onnx.utils

    graph_model = onnx.shape_inference.infer_shapes(onnx.load(str(ensemble_onnx)))
    outputs = [n.output[0] for n in graph_model.graph.node if n.op_type == "Sigmoid"]
    first = next((name for name in outputs if "member0" in name), outputs[0])
    input_name = graph_model.graph.input[0].name
    return onnx.utils.Extractor(graph_model).extract_model([input_name], [first]).SerializeToString()
