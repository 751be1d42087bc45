"""The window's menu handlers, by menu: files, exams, pixel sizes, reports, DICOM."""
