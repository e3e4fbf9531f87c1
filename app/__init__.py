"""Chancery: diplomatic messages, their actors and statements, extracted from news reports."""

__version__ = "0.1.0"
