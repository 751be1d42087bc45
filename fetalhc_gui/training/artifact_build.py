"""Turning the last checkpoint of a training run into a model folder with its card (needs TensorFlow)."""

from __future__ import annotations

import datetime
from dataclasses import asdict
from pathlib import Path

from fetalhc_gui import __version__
from fetalhc_gui.core.edge_snap import SIGMA_PX, WINDOW_MODEL_PX
from fetalhc_gui.inference.artifact import HC18_ATTRIBUTION, MODEL_DIR
from fetalhc_gui.training.model_files import load_keras_model, save_inference_model, write_card
from fetalhc_gui.training.train_config import CHECKPOINT_FILE
from fetalhc_gui.training.validation import validated_card


def build_artifact(out: Path, config, history, train_samples, val_samples, test_samples=()) -> dict:
    """Turn the last checkpoint of a run in ``out`` into a model folder ``out/model`` with its card.

    The boundary offset is calibrated on the validation images and the validation figures
    are measured with it; the test subjects are only listed, never measured here.
    """
    folder = out / MODEL_DIR
    model = load_keras_model(out / CHECKPOINT_FILE)
    save_inference_model(model, config, folder)
    card = {
        "name": f"fetalhc-unet-{config.image_rows}x{config.image_cols}-f{config.base_filters}",
        "version": datetime.date.today().strftime("%Y.%m.%d"),
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "fetalhc_version": __version__,
        "architecture": {
            "type": "U-Net",
            "depth": config.depth,
            "base_filters": config.base_filters,
            "dropout": config.dropout,
            "blocks": "two 3x3 conv + batch norm + ReLU per level; max pooling; transposed-conv decoder "
            "with skip connections; 1x1 sigmoid output",
            "dilated_bottleneck": config.dilated,
            "deep_supervision_in_training": config.deep_supervision,
            "parameters": int(model.count_params()),
        },
        "input_size": [config.image_rows, config.image_cols],
        "preprocessing": "8-bit grayscale stretched to the input size (area interpolation), divided by 255",
        "postprocessing": {
            "threshold": 0.5,
            "boundary_offset_px": 1.0,
            "edge_snap": {"window_model_px": WINDOW_MODEL_PX, "sigma_px": SIGMA_PX},
        },
        "training": asdict(config) | {"epochs_done": len(history), "history": history},
        "data": {
            "source": "HC18 training set (805 of 999 images available to the developers)",
            "attribution": HC18_ATTRIBUTION,
            "license": "CC BY 4.0",
            "train_images": len(train_samples),
            "val_images": len(val_samples),
            "split": "by subject (the NNN prefix)",
            "val_subjects": sorted({s.subject for s in val_samples}),
            "test_images": len(test_samples),
            "test_subjects": sorted({s.subject for s in test_samples}),
        },
    }
    return write_card(folder, validated_card(folder, card, val_samples) if val_samples else card)
