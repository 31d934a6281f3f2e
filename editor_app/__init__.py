"""Readout Editor: bilingual (Spanish/English) diplomatic readouts from one form."""

__version__ = "0.1.0"
