"""What a capital letter is in a name."""

from __future__ import annotations

# A capital letter, accented ones too: names in film news come from every language
# written in the Latin alphabet ("Émile Arnaud", "A Tenement in Łódź", "Øyvind Sæther").
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
