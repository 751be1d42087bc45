"""Measurement core: images, ellipses, HC, clinical formulas and export (numpy and OpenCV only)."""
