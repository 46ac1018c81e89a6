"""Small helpers for readable English in messages."""


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """'1 module', '3 modules'."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"


def shorten(text: str, width: int) -> str:
    """One line of at most `width` characters, with an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
