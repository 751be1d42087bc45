"""DICOM networking (pynetdicom): the storage node that receives images; no Qt."""
