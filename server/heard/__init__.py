"""Heard: an empathy co-writer for customer support replies."""
