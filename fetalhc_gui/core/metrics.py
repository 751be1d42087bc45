"""Segmentation agreement: Dice and Hausdorff distance between head masks."""

from __future__ import annotations

import cv2
import numpy as np


def dice(mask_a: np.ndarray, mask_b: np.ndarray) -> float:
    """Dice coefficient (0..1) of two binary masks of the same shape; 1.0 when both are empty."""
    a, b = np.asarray(mask_a) > 0, np.asarray(mask_b) > 0
    if a.shape != b.shape:
        raise ValueError(f"mask shapes differ: {a.shape} and {b.shape}")
    total = a.sum() + b.sum()
    return 1.0 if total == 0 else float(2.0 * np.logical_and(a, b).sum() / total)


def hausdorff_mm(mask_a: np.ndarray, mask_b: np.ndarray, pixel_size_mm: float) -> float:
    """Symmetric Hausdorff distance in mm between the boundaries of two non-empty binary masks."""
    edge_a, edge_b = _boundary(mask_a), _boundary(mask_b)
    if not edge_a.any() or not edge_b.any():
        raise ValueError("both masks must contain a region")
    to_a = cv2.distanceTransform((~edge_a).astype(np.uint8), cv2.DIST_L2, cv2.DIST_MASK_PRECISE)
    to_b = cv2.distanceTransform((~edge_b).astype(np.uint8), cv2.DIST_L2, cv2.DIST_MASK_PRECISE)
    return float(max(to_b[edge_a].max(), to_a[edge_b].max()) * pixel_size_mm)


def _boundary(mask: np.ndarray) -> np.ndarray:
    binary = (np.asarray(mask) > 0).astype(np.uint8)
    eroded = cv2.erode(binary, np.ones((3, 3), np.uint8), borderType=cv2.BORDER_CONSTANT, borderValue=0)
    return (binary - eroded).astype(bool)
