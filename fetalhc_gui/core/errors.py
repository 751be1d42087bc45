"""Typed errors raised by the core, with messages written for a sonographer."""


class FetalHCError(Exception):
    """Base class of every error the application reports to the user."""


class ImageLoadError(FetalHCError):
    """An image file could not be read, or its content is not a usable image."""


class PixelSizeError(FetalHCError):
    """A pixel size is missing, malformed or outside the plausible range."""


class EllipseFitError(FetalHCError):
    """No plausible head outline was found in a mask or probability map."""


class ExportError(FetalHCError):
    """Measurements could not be written or read back."""


class UsageError(FetalHCError):
    """What was asked cannot be done as given (an output that names an input, a path that does not
    exist, a resume with other options); found before any work starts."""
