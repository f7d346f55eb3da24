"""Answers health questions with verbatim, sourced quotes from a site's own articles."""

__version__ = "0.1.0"
