"""Benchmark helpers: a generated corpus of dialogue reports, and the timings `make bench` prints."""
