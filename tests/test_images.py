import numpy as np
import pytest
from PIL import Image

from fetalhc_gui.core.errors import ImageLoadError
from fetalhc_gui.core.pixel_size import PixelSizeSource
from fetalhc_gui.io.images import load_image

from support.dicom_factory import region, write_dicom


def gradient(rows=64, cols=96):
    return np.tile(np.linspace(0, 255, cols, dtype=np.uint8), (rows, 1))


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".bmp", ".tif"])
@pytest.mark.parametrize("mode", ["L", "RGB"])
def test_raster_formats(tmp_path, suffix, mode):
    path = tmp_path / f"img{suffix}"
    Image.fromarray(gradient()).convert(mode).save(path)
    image = load_image(path)
    assert image.gray.shape == (64, 96) and image.gray.dtype == np.uint8
    assert abs(int(image.gray[0, -1]) - 255) <= 3
    assert image.pixel_size is None
    assert image.metadata["format"]


def test_rgba_and_palette(tmp_path):
    Image.fromarray(gradient()).convert("RGBA").save(tmp_path / "a.png")
    Image.fromarray(gradient()).convert("P").save(tmp_path / "p.png")
    assert load_image(tmp_path / "a.png").display.shape == (64, 96, 3)
    assert load_image(tmp_path / "p.png").gray.shape == (64, 96)


def test_16bit_tiff_is_rescaled(tmp_path):
    data = (gradient().astype(np.uint16) * 200).astype(np.uint16)
    Image.fromarray(data).save(tmp_path / "deep.tif")
    image = load_image(tmp_path / "deep.tif")
    assert image.gray.max() == 255 and image.gray.min() == 0
    assert image.warnings


def test_multi_frame_tiff(tmp_path):
    frames = [Image.fromarray(np.full((32, 32), v, np.uint8)) for v in (10, 200)]
    frames[0].save(tmp_path / "clip.tif", save_all=True, append_images=frames[1:])
    second = load_image(tmp_path / "clip.tif", frame=1)
    assert second.frame_count == 2 and second.gray[0, 0] == 200
    with pytest.raises(ImageLoadError, match="frame 3"):
        load_image(tmp_path / "clip.tif", frame=2)


def test_truncated_png(tmp_path):
    Image.fromarray(gradient(200, 200)).save(tmp_path / "ok.png")
    data = (tmp_path / "ok.png").read_bytes()
    (tmp_path / "cut.png").write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageLoadError, match="damaged or truncated"):
        load_image(tmp_path / "cut.png")


def test_text_file_named_png(tmp_path):
    (tmp_path / "notes.png").write_text("this is not an image")
    with pytest.raises(ImageLoadError, match="not an image format"):
        load_image(tmp_path / "notes.png")


def test_empty_and_missing_files(tmp_path):
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(ImageLoadError, match="empty"):
        load_image(tmp_path / "empty.png")
    with pytest.raises(ImageLoadError, match="does not exist"):
        load_image(tmp_path / "nope.png")


def test_absurd_sizes(tmp_path):
    Image.new("L", (100_000, 20)).save(tmp_path / "wide.png")
    with pytest.raises(ImageLoadError, match="not an ultrasound frame"):
        load_image(tmp_path / "wide.png")
    Image.new("L", (4, 4)).save(tmp_path / "tiny.png")
    with pytest.raises(ImageLoadError, match="not an ultrasound frame"):
        load_image(tmp_path / "tiny.png")


def test_dicom_monochrome2_with_region_pixel_size(tmp_path):
    regions = [
        region(0, 0, 20, 20, 0.5, 0.5),  # a small region that does not contain the centre
        region(0, 0, 95, 63, 0.015, 0.015),  # the B-mode region, 0.015 cm = 0.15 mm
    ]
    path = write_dicom(tmp_path / "us.dcm", gradient(), regions=regions)
    image = load_image(path)
    assert image.pixel_size.mm == pytest.approx(0.15)
    assert image.pixel_size.source == PixelSizeSource.DICOM
    assert image.metadata["modality"] == "US"


def test_dicom_region_in_other_units_is_skipped(tmp_path):
    path = write_dicom(
        tmp_path / "d.dcm", gradient(), regions=[region(0, 0, 95, 63, 0.01, 0.01, units=4)], pixel_spacing=(0.2, 0.2)
    )
    assert load_image(path).pixel_size.mm == pytest.approx(0.2)


def test_dicom_monochrome1_is_inverted(tmp_path):
    path = write_dicom(tmp_path / "m1.dcm", gradient(), photometric="MONOCHROME1")
    image = load_image(path)
    assert image.gray[0, 0] == 255 and image.gray[0, -1] == 0
    assert image.pixel_size is None


@pytest.mark.parametrize("photometric", ["RGB", "YBR_FULL", "YBR_FULL_422"])
def test_dicom_colour(tmp_path, photometric):
    rgb = np.zeros((64, 96, 3), np.uint8)
    rgb[..., 0] = 200
    rgb[..., 1] = 100
    image = load_image(write_dicom(tmp_path / "c.dcm", rgb, photometric=photometric))
    assert image.display.shape == (64, 96, 3)
    assert np.abs(image.display[10, 10].astype(int) - (200, 100, 0)).max() <= 3


def test_dicom_multiframe(tmp_path):
    frames = np.stack([np.full((64, 96), v, np.uint8) for v in (0, 50, 100)])
    path = write_dicom(tmp_path / "clip.dcm", frames, pixel_spacing=(0.1, 0.1))
    image = load_image(path, frame=2)
    assert image.frame_count == 3 and image.frame_index == 2 and image.gray[0, 0] == 100


def test_dicom_anisotropic_spacing_gives_both_spacings(tmp_path):
    path = write_dicom(tmp_path / "aniso.dcm", gradient(), pixel_spacing=(0.2, 0.1))  # (row, column) spacing
    image = load_image(path)
    assert image.pixel_size.spacing == (0.1, 0.2) and image.pixel_size.aspect == 2.0
    assert image.spacing_mm == (0.1, 0.2)
    assert image.warnings == []


def test_dicom_without_pixel_data(tmp_path):
    path = write_dicom(tmp_path / "nopix.dcm", gradient(), with_pixels=False)
    with pytest.raises(ImageLoadError, match="no pixel data"):
        load_image(path)


def test_text_file_named_dcm(tmp_path):
    (tmp_path / "x.dcm").write_text("hello")
    with pytest.raises(ImageLoadError):
        load_image(tmp_path / "x.dcm")
