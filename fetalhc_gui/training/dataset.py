"""HC18-layout datasets: pairing images with annotations, splitting by subject, augmenting."""

from __future__ import annotations

import csv
import hashlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from fetalhc_gui.core.errors import ImageLoadError, PixelSizeError
from fetalhc_gui.core.pixel_size import read_pixel_size_csv
from fetalhc_gui.io.images import load_image, probe_image

ANNOTATION_SUFFIX = "_Annotation"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff")
_SUBJECT = re.compile(r"^(\d+)_")


@dataclass(frozen=True)
class Sample:
    """One annotated image: paths, subject id, pixel size (mm/px) and reference HC (mm) if known."""

    image: Path
    annotation: Path
    subject: str
    pixel_size_mm: float | None = None
    reference_hc_mm: float | None = None


@dataclass
class DatasetReport:
    """What a folder in the HC18 layout holds."""

    samples: list[Sample] = field(default_factory=list)
    images_without_annotation: list[str] = field(default_factory=list)
    annotations_without_image: list[str] = field(default_factory=list)
    missing_csv_rows: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    csv_path: Path | None = None
    csv_error: str | None = None

    @property
    def usable(self) -> list[Sample]:
        """Readable pairs with a pixel size."""
        return [s for s in self.samples if s.pixel_size_mm is not None]

    def problems(self) -> list[str]:
        """Why the folder cannot be used for training, or an empty list."""
        if self.csv_error:
            return [self.csv_error]
        if self.csv_path is None:
            return ["No pixel-size CSV (like training_set_pixel_size_and_HC.csv) was found in or beside the folder."]
        if len(self.usable) < 2:
            return ["Fewer than two readable image/annotation pairs with a pixel size were found."]
        if len({s.subject for s in self.usable}) < 2:
            return ["All images belong to one subject; at least two are needed to split training and validation."]
        return []


def subject_of(filename: str) -> str:
    """The subject id of an HC18 file name: its leading number (``012_2HC.png`` -> ``012``)."""
    match = _SUBJECT.match(filename)
    return match.group(1) if match else Path(filename).stem


def find_csv(folder: Path) -> Path | None:
    """The pixel-size CSV of an HC18 folder: inside it or beside it."""
    for place in (folder, folder.parent):
        found = sorted(place.glob("*pixel_size*.csv"))
        if found:
            return found[0]
    return None


def read_reference_hc(csv_path: Path) -> dict[str, float]:
    """Reference HC in mm by file name, from the optional third column of an HC18 CSV."""
    with csv_path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        column = next((c for c in reader.fieldnames or [] if "circumference" in c.lower()), None)
        if column is None:
            return {}
        return {row["filename"].strip(): float(row[column]) for row in reader if row.get(column)}


def scan_folder(folder: str | Path) -> DatasetReport:
    """Pair every image of an HC18-layout folder with its ``_Annotation`` file and CSV row.

    The images may sit in the folder itself or in ``training_set/`` below it.
    """
    folder = Path(folder)
    image_dir = folder / "training_set" if (folder / "training_set").is_dir() else folder
    files = {p.name: p for p in image_dir.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES}
    report = DatasetReport(csv_path=find_csv(image_dir))
    sizes, reference = {}, {}
    if report.csv_path:
        try:
            sizes = read_pixel_size_csv(report.csv_path)
            reference = read_reference_hc(report.csv_path)
        except (PixelSizeError, ValueError, KeyError) as exc:
            report.csv_error = str(exc)
    for name, path in sorted(files.items()):
        if path.stem.endswith(ANNOTATION_SUFFIX):
            image_stem = path.stem[: -len(ANNOTATION_SUFFIX)]
            if not any(image_stem + ext in files for ext in IMAGE_SUFFIXES):
                report.annotations_without_image.append(name)
            continue
        annotation = files.get(path.stem + ANNOTATION_SUFFIX + path.suffix)
        if annotation is None:
            report.images_without_annotation.append(name)
            continue
        broken = [p.name for p in (path, annotation) if not is_readable(p)]
        if broken:
            report.unreadable += broken
            continue
        if name not in sizes:
            report.missing_csv_rows.append(name)
        report.samples.append(Sample(path, annotation, subject_of(name), sizes.get(name), reference.get(name)))
    return report


def is_readable(path: Path) -> bool:
    """True when the file's header is that of an image of a usable size."""
    try:
        probe_image(path)
    except ImageLoadError:
        return False
    return True


def split_by_subject(samples: list[Sample], val_fraction: float, seed: int) -> tuple[list[Sample], list[Sample]]:
    """Training and validation samples, with every subject wholly on one side."""
    subjects = sorted({s.subject for s in samples})
    rng = np.random.default_rng(seed)
    rng.shuffle(subjects)
    n_val = min(len(subjects) - 1, max(1, round(val_fraction * len(subjects)))) if val_fraction else 0
    val_subjects = set(subjects[:n_val])
    train = [s for s in samples if s.subject not in val_subjects]
    val = [s for s in samples if s.subject in val_subjects]
    return train, val


def fold_split(samples: list[Sample], folds: int, fold: int, seed: int) -> tuple[list[Sample], list[Sample]]:
    """Training and validation samples of fold ``fold`` (0-based) of ``folds`` subject folds."""
    if not 0 <= fold < folds:
        raise ValueError(f"fold {fold} is not one of the {folds} folds")
    subjects = sorted({s.subject for s in samples})
    np.random.default_rng(seed).shuffle(subjects)
    val_subjects = set(subjects[fold::folds])
    return [s for s in samples if s.subject not in val_subjects], [s for s in samples if s.subject in val_subjects]


def split_for_training(samples: list[Sample], config) -> tuple[list[Sample], list[Sample], list[Sample]]:
    """Training, validation and test samples of a ``TrainConfig``, every subject on one side.

    The test subjects (``test_fraction``, drawn with ``split_seed``) are left out of training and
    validation, so that members of one ensemble share them. With ``folds`` >= 2 the validation
    set is fold ``fold`` of the remaining subjects; otherwise ``val_fraction`` of them.
    """
    rest, test = split_by_subject(samples, config.test_fraction, config.split_seed)
    if config.folds >= 2:
        train, val = fold_split(rest, config.folds, config.fold, config.split_seed + 1)
    else:
        train, val = split_by_subject(rest, config.val_fraction, config.seed)
    return train, val, test


def read_annotation(path: Path) -> np.ndarray:
    """A filled uint8 0/1 head mask from an annotation file, whether an outline or filled."""
    raw = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if raw is None:
        raise ValueError(f"The annotation {path.name} could not be read.")
    binary = (raw > 127).astype(np.uint8)
    contours, _ = cv2.findContours(binary, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    filled = np.zeros_like(binary)
    cv2.drawContours(filled, contours, -1, 1, thickness=cv2.FILLED)
    return filled


def read_gray(path: Path) -> np.ndarray:
    """An image file as 8-bit grayscale (rows, cols), read exactly as the predictor's images are."""
    return load_image(path).gray


def augment(image: np.ndarray, target: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Random ultrasound-style augmentation of a (rows, cols, 1) image in [0, 1] and its target.

    Geometry (flips, rotation +-25 deg, scale 0.85-1.15, shift +-8%) is applied to both;
    gain, gamma, speckle and blur to the image only.
    """
    rows, cols = image.shape[:2]
    img, tgt = image[..., 0], target[..., 0]
    if rng.random() < 0.5:
        img, tgt = img[:, ::-1], tgt[:, ::-1]
    if rng.random() < 0.5:
        img, tgt = img[::-1, :], tgt[::-1, :]
    angle = rng.uniform(-25, 25)
    scale = rng.uniform(0.85, 1.15)
    matrix = cv2.getRotationMatrix2D((cols / 2 - 0.5, rows / 2 - 0.5), angle, scale)
    matrix[:, 2] += rng.uniform(-0.08, 0.08, size=2) * (cols, rows)
    img = cv2.warpAffine(np.ascontiguousarray(img), matrix, (cols, rows), flags=cv2.INTER_LINEAR)
    tgt = cv2.warpAffine(np.ascontiguousarray(tgt), matrix, (cols, rows), flags=cv2.INTER_LINEAR)
    img = np.clip(img * rng.uniform(0.8, 1.25), 0, 1) ** rng.uniform(0.7, 1.5)
    if rng.random() < 0.5:
        speckle = rng.normal(1.0, rng.uniform(0.05, 0.2), size=img.shape).astype(np.float32)
        img = img * cv2.GaussianBlur(speckle, (3, 3), 0)
    if rng.random() < 0.3:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 1.2))
    return np.clip(img, 0, 1).astype(np.float32)[..., None], tgt.astype(np.float32)[..., None]


def load_arrays(samples: list[Sample], size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """Model inputs (n, rows, cols, 1), soft targets (n, rows, cols, 1) and original shapes."""
    from fetalhc_gui.inference.preprocessing import to_model_input, to_model_target

    images, targets, shapes = [], [], []
    for sample in samples:
        gray = read_gray(sample.image)
        images.append(to_model_input(gray, size))
        targets.append(to_model_target(read_annotation(sample.annotation), size))
        shapes.append(gray.shape[:2])
    return np.stack(images), np.stack(targets), shapes


def cached_arrays(
    samples: list[Sample], size: tuple[int, int], cache_dir: Path
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """``load_arrays`` with an on-disk cache keyed by the sample list and size."""
    names = "\n".join(str(s.image.resolve()) for s in samples) + f"\n{size}"
    key = hashlib.sha256(names.encode()).hexdigest()[:16]
    cache = cache_dir / f"arrays_{size[0]}x{size[1]}_{len(samples)}_{key}.npz"
    if cache.exists():
        data = np.load(cache)
        return data["images"], data["targets"], [tuple(s) for s in data["shapes"]]
    images, targets, shapes = load_arrays(samples, size)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.savez(cache, images=images, targets=targets, shapes=np.array(shapes))
    return images, targets, shapes


def steps_per_epoch(n: int, batch_size: int) -> int:
    """Batches in one epoch of ``n`` samples."""
    return max(1, math.ceil(n / batch_size))
