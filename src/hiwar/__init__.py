"""Hiwar (حوار): the record of strategic dialogues, extracted from Arabic and English news."""

__version__ = "0.1.0"
