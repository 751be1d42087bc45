"""The exam report as a PDF with its growth chart, drawn with QtGui alone (no widgets)."""
