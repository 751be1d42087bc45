"""Training and evaluating models (Keras on TensorFlow): U-Net, datasets, training, ensembles, quantisation, validation.

Installed with the ``train`` extra; the rest of FetalHC runs without it."""
