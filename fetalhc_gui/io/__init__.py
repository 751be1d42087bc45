"""Reading and writing what the user owns: images, DICOM files, folders, sessions, exports and
DICOM results (no Qt, no model)."""
