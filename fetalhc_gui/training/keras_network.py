"""The Keras original of a single-network model as the predictor's network (needs TensorFlow).

The bundled and trained models measure with ONNX Runtime; the Keras network serves checks of
the exported ONNX against the network it came from (``fetalhc predict --backend keras``).
"""

from __future__ import annotations

from pathlib import Path

from fetalhc_gui.inference.artifact import KERAS_FILE, ModelLoadError, bundled_model_dir, read_card
from fetalhc_gui.inference.predictor import Network, Predictor
from fetalhc_gui.training.model_files import load_keras_model


def keras_network(model_dir: Path, card: dict) -> Network:
    """A function running ``model_dir``'s ``model.keras`` on a batch; ModelLoadError for a model
    whose measurement needs more than that network (a second stage, an ensemble)."""
    import tensorflow as tf

    if card.get("crop_stage"):
        raise ModelLoadError(f"{model_dir} has a second stage that runs on ONNX Runtime only.")
    members = int(card.get("ensemble", {}).get("members", 1))
    if members > 1:
        raise ModelLoadError(
            f"{model_dir} is an ensemble of {members} networks; its {KERAS_FILE} holds the first "
            "only, for fine-tuning. Measure with the ONNX backend."
        )
    model = load_keras_model(model_dir / KERAS_FILE)
    signature = [tf.TensorSpec((None, *card["input_size"], 1), tf.float32)]
    run = tf.function(lambda x: model(x, training=False), input_signature=signature)
    return lambda batch: run(batch).numpy()


def keras_predictor(model_dir: str | Path | None = None, **options) -> Predictor:
    """A Predictor of ``model_dir`` (None: the bundled model) that runs its Keras network."""
    folder = Path(model_dir) if model_dir else bundled_model_dir()
    card = read_card(folder)
    return Predictor(folder, card=card, network=keras_network(folder, card), **options)
