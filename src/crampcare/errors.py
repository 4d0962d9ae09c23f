"""Errors the core raises for bad input; faces turn them into messages and exit codes."""


class CrampcareError(Exception):
    """Bad input or a state the user can fix; the message says what and how."""
