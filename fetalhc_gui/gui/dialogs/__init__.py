"""The window's dialogs, each in its module."""
