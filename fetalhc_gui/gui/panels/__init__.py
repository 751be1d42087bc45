"""The window's panels: the image list, the measurement, pixel-size, display and cine panels, the growth chart."""
