"""One package per tag: its operations as data, and its resource classes."""
