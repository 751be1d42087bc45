"""Training and evaluating models (Keras on TensorFlow): U-Net, datasets, training, ensembles,
quantisation, validation.

Installed with the ``train`` extra (``pip install 'fetalhc[train]'``) or in the full standalone
build; the rest of FetalHC measures without it. Importing this package imports no TensorFlow.
"""

from importlib.util import find_spec

#: What ``pip install 'fetalhc[train]'`` adds, by the name each is imported with.
TRAINING_PACKAGES = ("tensorflow", "keras", "tf2onnx")
INSTALL_HINT = (
    "Training needs TensorFlow, Keras and tf2onnx, which this measuring install leaves out: "
    "install them with pip install 'fetalhc[train]' (or use the full standalone build, FetalHC-full)."
)


def missing_training_packages() -> list[str]:
    """The packages training needs that are not installed (empty in a training install)."""
    return [name for name in TRAINING_PACKAGES if find_spec(name) is None]
