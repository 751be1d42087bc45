"""The application layer: the use cases the window, the command line and the DICOM node share (no Qt)."""
