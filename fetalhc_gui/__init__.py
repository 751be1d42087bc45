"""FetalHC: fetal head circumference measurement on 2D ultrasound images."""

import os

__version__ = "0.2.0"

# ONNX Runtime's telemetry is on by default on Linux and records a device id and events for upload
# when it is imported; it is read from the environment at import, so it is turned off here, before
# any FetalHC code can import onnxruntime (the window, the command line, the node, worker processes).
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
