"""The skills lexicon: its file format, aliases, word-edge matching, and everyday words such as Go and Rust."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from coverletter import skills
from coverletter.paths import data_file
from coverletter.skills import Lexicon, SkillEntry, load_lexicon, parse_lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def test_bundled_lexicon_is_large_and_spans_fields(lexicon: Lexicon) -> None:
    assert len(lexicon) >= 400
    categories = {e.category for e in lexicon.entries}
    for wanted in ("programming languages", "machine learning and AI", "cloud and devops", "design",
                   "finance and accounting", "soft skills"):
        assert wanted in categories
    names = [e.name.casefold() for e in lexicon.entries]
    assert len(names) == len(set(names)), "a skill is listed twice in the bundled lexicon"


@pytest.mark.parametrize(
    ("term", "name"),
    [
        ("k8s", "Kubernetes"),
        ("ML", "machine learning"),
        ("golang", "Go"),
        ("Postgres", "PostgreSQL"),
        ("sklearn", "scikit-learn"),
        ("JS", "JavaScript"),
        ("  Amazon   Web Services ", "Amazon Web Services"),
        ("~Go", "Go"),
    ],
)
def test_canonical_maps_aliases_to_their_skill(lexicon: Lexicon, term: str, name: str) -> None:
    assert lexicon.canonical(term) == name


def test_canonical_of_an_unknown_term_is_none(lexicon: Lexicon) -> None:
    assert lexicon.canonical("underwater basket weaving") is None
    assert "underwater basket weaving" not in lexicon
    assert "Kubernetes" in lexicon


def test_spellings_give_name_then_aliases_without_marks(lexicon: Lexicon) -> None:
    spellings = lexicon.spellings("k8s")
    assert spellings[0] == "Kubernetes"
    assert "k8s" in spellings
    assert lexicon.spellings("Go")[:2] == ("Go", "Golang")
    assert all(not s.startswith(("~", "=")) for s in lexicon.spellings("Excel"))
    assert lexicon.spellings("Basket weaving") == ("Basket weaving",)


def test_find_keeps_symbols_and_word_edges(lexicon: Lexicon) -> None:
    text = "We use C++, C#, .NET and Node.js; CI/CD runs on GitHub Actions. JavaScript, not Java? Java too."
    found = lexicon.find(text)
    for name in ("C++", "C#", ".NET", "Node.js", "CI/CD", "GitHub Actions", "JavaScript", "Java"):
        assert name in found
    assert "C" not in found  # "C" inside "C++" and "C#" is not the C language
    assert lexicon.find("JavaScript developer") == ["JavaScript"]  # not Java as well
    assert lexicon.find("ASP.NET Core") == ["ASP.NET"]  # not .NET inside it


def test_find_gives_canonical_names_once_in_order_of_first_mention(lexicon: Lexicon) -> None:
    assert lexicon.find("k8s, then Python, then Kubernetes again and ML") == [
        "Kubernetes", "Python", "machine learning"]


def test_find_treats_hyphens_and_spaces_alike(lexicon: Lexicon) -> None:
    assert lexicon.find("natural-language processing") == ["natural language processing"]
    assert "machine learning" in lexicon.find("machine\nlearning models")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strong coding skills (e.g., Python, Rust, Go, C++)", ["Python", "Rust", "Go", "C++"]),
        ("Experience with Go and PostgreSQL", ["Go", "PostgreSQL"]),
        ("Services written in Rust", ["Rust"]),
        ("Swift and Kotlin for our iOS apps", ["Swift", "Kotlin", "iOS"]),
        ("Go, Rust or Swift", ["Go", "Rust", "Swift"]),
        ("Build pipelines on Apache Spark", ["Apache Spark"]),
        ("Python, R and SQL", ["Python", "R", "SQL"]),
        ("Go 1.22 microservices", ["Go", "microservices"]),
    ],
)
def test_everyday_word_skills_are_found_in_a_technical_context(
    lexicon: Lexicon, text: str, expected: list[str]
) -> None:
    assert lexicon.find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Go beyond what is asked of you.",
        "We go to the office on Tuesdays.",
        "A swift response to customers matters.",
        "Swift decisions are part of the job.",
        "Rust never sleeps.",
        "Things that spark joy in the team.",
        "Graduating between Winter 2026 and Spring 2028",
        "Our R&D budget grew.",
        "Own the Go-to-market plan",
        "Excel in a fast-paced environment",
        "Take a rest after on-call weeks",
        "Julia will be your manager",
    ],
)
def test_everyday_words_are_not_skills_in_prose(lexicon: Lexicon, text: str) -> None:
    found = set(lexicon.find(text))
    assert not found & {"Go", "Swift", "Rust", "Apache Spark", "Spring", "R", "Excel", "REST", "Julia"}, found


def test_short_acronyms_keep_their_case(lexicon: Lexicon) -> None:
    assert "machine learning" in lexicon.find("Experience with ML systems")
    assert "machine learning" not in lexicon.find("Add 5 ml of water")
    assert "REST" in lexicon.find("Design REST APIs")


def test_parse_lexicon_reads_categories_aliases_marks_and_comments() -> None:
    entries = parse_lexicon(
        "# a comment\n[tools]\nWidgetCAD | wcad  # trailing comment\n\n~Dart | Dart lang\n[other]\n =Vault\n"
    )
    assert entries == [
        SkillEntry("WidgetCAD", ("wcad",), "tools"),
        SkillEntry("Dart", ("~Dart", "Dart lang"), "tools"),
        SkillEntry("Vault", ("=Vault",), "other"),
    ]
    lex = Lexicon(entries)
    assert lex.find("we use wcad daily") == ["WidgetCAD"]
    assert lex.find("Experience with Dart and WidgetCAD") == ["Dart", "WidgetCAD"]
    assert lex.find("a dart board") == []
    assert lex.find("the vault door") == []
    assert lex.find("secrets in Vault") == ["Vault"]


def test_users_skills_file_adds_entries_and_spellings(isolated_user_dir: Path) -> None:
    before = load_lexicon()
    assert before.canonical("fooql") is None
    (isolated_user_dir / "skills.txt").write_text("[mine]\nFooQL | fooql\nKubernetes | kubes\n", encoding="utf-8")
    after = load_lexicon()
    assert after.canonical("fooql") == "FooQL"
    assert after.canonical("kubes") == "Kubernetes"
    assert after.find("We run FooQL on kubes") == ["FooQL", "Kubernetes"]
    assert after.category("FooQL") == "mine"
    assert load_lexicon() is after  # cached while the files are unchanged


def test_a_changed_users_file_is_picked_up(isolated_user_dir: Path) -> None:
    user = isolated_user_dir / "skills.txt"
    user.write_text("Alpha Tool\n", encoding="utf-8")
    assert load_lexicon().canonical("alpha tool") == "Alpha Tool"
    user.write_text("Beta Tool\n", encoding="utf-8")
    stamp = time.time() + 5
    os.utime(user, (stamp, stamp))
    assert load_lexicon().canonical("beta tool") == "Beta Tool"
    assert load_lexicon().canonical("alpha tool") is None


def test_an_explicit_lexicon_path_replaces_the_bundled_one(tmp_path: Path) -> None:
    path = tmp_path / "skills.txt"
    path.write_text("OnlyThis\n", encoding="utf-8")
    lex = load_lexicon(path)
    assert [e.name for e in lex.entries] == ["OnlyThis"]
    assert lex.find("Python and OnlyThis") == ["OnlyThis"]


def test_with_terms_adds_unknown_terms_only(lexicon: Lexicon) -> None:
    extended = lexicon.with_terms(["Kubernetes", "Zephyr RTOS", "zephyr rtos", " "])
    assert len(extended) == len(lexicon) + 1
    assert extended.find("Firmware on Zephyr RTOS with k8s tooling") == [
        "embedded systems", "Zephyr RTOS", "Kubernetes"]
    assert lexicon.canonical("Zephyr RTOS") is None  # the original is unchanged
    assert lexicon.with_terms(["Python"]) is lexicon


def test_the_bundled_file_is_the_one_in_the_package() -> None:
    assert data_file("skills.txt").is_file()
    assert "[programming languages]" in data_file("skills.txt").read_text(encoding="utf-8")


def _state_of(lex: Lexicon) -> tuple[object, ...]:
    return (lex.entries, lex.state, lex._by_name, lex._spellings, lex._folded.pattern if lex._folded else None,
            lex._exact.pattern if lex._exact else None)


def test_a_lexicon_read_from_the_cache_is_the_one_built(isolated_user_dir: Path) -> None:
    """The second process reads the indexed lexicon from the user's cache: the same entries, spellings and
    patterns as building it (and the same answers); a changed user file is indexed anew."""
    skills._load.cache_clear()
    built = load_lexicon()
    assert (isolated_user_dir / "cache" / "lexicon.marshal").is_file()
    skills._load.cache_clear()
    read = load_lexicon()
    assert read is not built
    assert _state_of(read) == _state_of(built)
    text = "Python, Go and Rust on k8s; ML with sklearn, Excel, REST APIs, C++ and C#; a go-to person."
    assert read.find_spans(text) == built.find_spans(text)
    (isolated_user_dir / "skills.txt").write_text("Gamma Tool\n", encoding="utf-8")
    skills._load.cache_clear()
    assert load_lexicon().canonical("gamma tool") == "Gamma Tool"
    skills._load.cache_clear()
    assert load_lexicon().canonical("gamma tool") == "Gamma Tool"  # the cache now holds the merged lexicon


@pytest.mark.parametrize("stored", [b"", b"not marshal", b"\xe9\x00", None])
def test_a_broken_or_foreign_cache_is_rebuilt(isolated_user_dir: Path, stored: bytes | None) -> None:
    import marshal

    cache = isolated_user_dir / "cache" / "lexicon.marshal"
    cache.parent.mkdir(parents=True, exist_ok=True)
    # None: a well-formed entry under this very key whose state is not a lexicon's
    key = skills._cache_key([data_file("skills.txt").read_text(encoding="utf-8")])
    cache.write_bytes(stored if stored is not None else marshal.dumps((key, [("X", (), None)], ("bad",))))
    skills._load.cache_clear()
    lex = load_lexicon()
    assert lex.canonical("k8s") == "Kubernetes"


def test_the_trie_pattern_finds_the_longest_spelling(lexicon: Lexicon) -> None:
    """The trie alternation holds every spelling and, at a position, matches the longest one there."""
    import re

    words = ["java", "javascript", "java ee", "c", "c++", "c#", "node.js", "go", "golang", "r"]
    pattern = re.compile(skills._trie_pattern(words, fold=True))
    for word in words:
        longest = max((w for w in words if word.startswith(w)), key=len)
        assert pattern.match(word + " tail").group(0) == longest == word
    assert pattern.match("javas").group(0) == "java"
    assert pattern.match("java  ee").group(0) == "java  ee"  # spaces and hyphens between words are one
    assert pattern.match("xyz") is None
