"""Input and output: importers, event exports, image-export presets and
provenance, building and generating databases. Built on core.view and core.data."""
