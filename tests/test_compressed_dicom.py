"""Compressed pixel data as archives send it, decoded through pydicom's pylibjpeg plugins.

The files are pydicom's own test files (they ship with pydicom), one per transfer syntax.
"""

from __future__ import annotations

import numpy as np
import pytest
from pydicom import dcmread
from pydicom.data import get_testdata_file

from fetalhc_gui.io.images import load_image

COMPRESSED = {
    "MR_small_jpeg_ls_lossless.dcm": "JPEG-LS Lossless",
    "SC_rgb_jls_lossy_line.dcm": "JPEG-LS near-lossless, colour",
    "SC_rgb_jpeg_gdcm.dcm": "JPEG Lossless (process 14)",
    "JPGExtended.dcm": "JPEG extended, 12-bit",
    "SC_rgb_jpeg_dcmtk.dcm": "JPEG baseline, colour",
    "JPEG2000.dcm": "JPEG 2000",
    "MR_small_jp2klossless.dcm": "JPEG 2000 lossless",
    "MR_small_RLE.dcm": "RLE lossless",
}


@pytest.mark.parametrize("name", sorted(COMPRESSED), ids=lambda n: COMPRESSED[n])
def test_compressed_pixel_data_opens(name):
    path = get_testdata_file(name)
    header = dcmread(path, stop_before_pixels=True)
    image = load_image(path)
    assert image.gray.shape == (header.Rows, header.Columns) and image.gray.dtype == np.uint8
    assert image.gray.std() > 0


@pytest.mark.parametrize("name", ["MR_small_jpeg_ls_lossless.dcm", "MR_small_jp2klossless.dcm", "MR_small_RLE.dcm"])
def test_lossless_files_decode_to_the_pixels_of_their_uncompressed_original(name):
    original = load_image(get_testdata_file("MR_small.dcm"))
    assert np.array_equal(load_image(get_testdata_file(name)).gray, original.gray)


def test_the_predict_command_measures_a_compressed_file(tmp_path):
    from fetalhc_gui.cli import main

    out = tmp_path / "o.csv"
    assert main(["predict", get_testdata_file("SC_rgb_jpeg_gdcm.dcm"), "--pixel-size", "0.1", "-o", str(out)]) in (0, 1)
    assert "could not be decoded" not in out.read_text()
