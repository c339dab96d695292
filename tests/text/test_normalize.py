from __future__ import annotations

import pytest

from civility.text.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What the f*ck", "what the fuck"),
        ("f#ck", "fuck"),
        ("f***", "fuck"),
        ("sh1t happens", "shit happens"),
        ("you @ss", "you ass"),
        ("a$$hole", "asshole"),
        ("f u c k you", "fuck you"),
        ("b.u.l.l.s.h.i.t", "bullshit"),
        ("fuuuuuck", "fuck"),
        ("fcuk off", "fuck off"),
        ("btch", "bitch"),
        ("Ｆｕｃｋ", "fuck"),
        ("fu\u200bck", "fuck"),
        ("fu\u0441k", "fuck"),  # Cyrillic es
        ("k1ll th3m", "kill them"),
    ],
)
def test_sees_through_obfuscation(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["the bodies of 52 syrian men, killed in 2020", "covid19 g20 mp3", "i am a b c",
     "sit on the carp", "hello*"],
)
def test_leaves_ordinary_text_alone(text: str) -> None:
    assert normalize(text).text == text


def test_keeps_other_scripts() -> None:
    assert normalize("Привет мир").text == "привет мир"


@pytest.mark.parametrize("text", ["f u c k you", "fu\u200bck!", "Ｆｕｃｋ off", "a$$hole", "ǅemal"])
def test_offsets_point_into_the_original(text: str) -> None:
    result = normalize(text)
    assert len(result.offsets) == len(result.text)
    assert all(0 <= o < len(text) for o in result.offsets)
    assert list(result.offsets) == sorted(result.offsets)
