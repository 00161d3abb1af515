"""Parsing of Russian dates, periods and numbers as they are written in reports."""
