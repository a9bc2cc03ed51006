"""A client library for accessing Corti Interactions API"""
