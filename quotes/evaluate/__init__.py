"""Accuracy measured against gold attributions: ``quotes eval polnear DIR --split dev``."""
