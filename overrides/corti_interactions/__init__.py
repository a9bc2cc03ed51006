"""Typed Python client for Corti's interactions API."""
