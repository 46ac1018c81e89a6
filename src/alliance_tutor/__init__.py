"""alliance-tutor: a terminal self-study tutor for building a therapeutic alliance."""

__version__ = "0.1.0"
