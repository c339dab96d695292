"""Template families of the generated corpus, each with the labels its sentences carry.

A family is a handful of templates that say one kind of thing in one way. Validation holds out
whole families (``held_out_families``), so its figure measures wording the model never saw.
Minimal pairs run across families: the same words meaning different things ("kill the bill" /
"kill the Kurds"; "they should be killed" / "no one should be killed" / "he wrote that they
should be killed, which is vile"; "you are an idiot" / "that argument is idiotic").
"""

from __future__ import annotations

from civility.training.generate.conflict import CONFLICT
from civility.training.generate.family import Family
from civility.training.generate.talk import TALK

FAMILIES: tuple[Family, ...] = CONFLICT + TALK

__all__ = ["FAMILIES", "Family"]
