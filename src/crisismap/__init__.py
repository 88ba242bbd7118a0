"""crisismap: news reports in, a sourced, reconciled, geocoded dataset of conflict events out."""

__version__ = "0.1.0"
