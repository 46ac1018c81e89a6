"""Small helpers for readable English in messages."""


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """'1 module', '3 modules'."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"
