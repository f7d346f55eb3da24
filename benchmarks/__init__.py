"""Benchmarks of the assistant on this machine: `python -m benchmarks --help`."""
