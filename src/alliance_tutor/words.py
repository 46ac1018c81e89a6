"""Small helpers for readable English in messages."""


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """'1 module', '3 modules'."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"


def shorten(text: str, width: int) -> str:
    """One line of at most `width` characters, with an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


LETTERS = "ABCDEFGHIJ"  # how choices are named everywhere: checks, drills, handouts
MENU_WIDTH = 60  # characters of a choice repeated in a menu


def lettered_list(texts: list[str]) -> str:
    """Choices in full, as a Markdown list ("- **A.** ..."); they wrap, unlike a menu."""
    return "\n".join(f"- **{LETTERS[i]}.** {text.strip()}" for i, text in enumerate(texts))


def lettered_menu(texts: list[str]) -> list[str]:
    """Menu labels that repeat only the start of each choice shown in full above."""
    return [f"{LETTERS[i]}. {shorten(text, MENU_WIDTH)}" for i, text in enumerate(texts)]
