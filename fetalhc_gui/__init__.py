"""FetalHC: fetal head circumference measurement on 2D ultrasound images."""

__version__ = "0.1.0"
