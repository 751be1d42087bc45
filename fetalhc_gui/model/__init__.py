"""The U-Net model: architecture, data, training, artifacts and inference (no Qt).

TensorFlow is imported only by the modules that need it (``unet``, ``training``, the Keras
backend of ``predictor``), never at package import.
"""
