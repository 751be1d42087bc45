"""Measuring with a trained model: ONNX Runtime inference, pre- and postprocessing, quality, interval and error model.

Never imports TensorFlow, Keras or tf2onnx (an import-linter contract): a measuring install has none of them."""
