"""Text shown to a reader as it is: the characters that must not reach a page, a file, a terminal or a
name (chars.py), and Markdown escaped so it renders as itself (markdown.py). The lowest room of the
house: everything from proposals/ to views/ may use it; it uses nothing of theirs."""
