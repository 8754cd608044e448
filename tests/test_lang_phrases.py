"""The rules that place a name in another language's sentence (write/lang), and the checker's reading of
letters in those languages."""

from __future__ import annotations

import datetime

from coverletter.check.claims import extract_claims
from coverletter.check.facts import build_facts
from coverletter.job.model import Job
from coverletter.profile.model import Profile
from coverletter.style.letter_locale import bare_title, subject
from coverletter.style.placeholders import find_placeholders
from coverletter.write.lang import phrases
from coverletter.write.lang.phrases import items, mark, month, short_title, unmark


def _at(language: str, org: str) -> str:
    table = phrases(language)
    return unmark(table.fix(table.at(org)))


def test_a_name_takes_the_preposition_and_article_its_kind_needs() -> None:
    assert _at("de", "Siemens") == "bei Siemens"
    assert _at("de", "Technische Universität München") == "an der Technischen Universität München"
    assert _at("de", "Martin-Luther-Universität Halle") == "an der Martin-Luther-Universität Halle"
    assert _at("fr", "Université de Lyon") == "à l'Université de Lyon"
    assert _at("fr", "Mairie de Cazères") == "à la Mairie de Cazères"
    assert _at("es", "Universidad de Alcalá") == "en la Universidad de Alcalá"
    assert _at("it", "Università di Pisa") == "presso l'Università di Pisa"
    assert _at("it", "Politecnico di Milano") == "presso il Politecnico di Milano"
    assert _at("nl", "Gemeente Utrecht") == "bij de Gemeente Utrecht"
    assert _at("pt", "Prefeitura de Niterói") == "na Prefeitura de Niterói"
    assert _at("pt", "Nubank") == "na empresa Nubank"


def test_a_kind_word_after_the_first_takes_its_article_where_nothing_elides() -> None:
    assert _at("de", "National Institute of Informatics") == "am National Institute of Informatics"
    assert _at("de", "McGill University") == "an der McGill University"
    assert _at("de", "Samsung AI Center Montreal") == "am Samsung AI Center Montreal"
    assert _at("nl", "National Institute of Informatics") == "bij het National Institute of Informatics"
    assert _at("fr", "McGill University") == "chez McGill University"  # « à l' » elides: only a first word
    assert _at("it", "Northeastern University") == "presso la Northeastern University"
    assert _at("it", "Arizona State University") == "presso l'Arizona State University"
    assert _at("de", "Kinsol Research Inc.") == "bei Kinsol Research Inc."


def test_french_elides_before_a_name_but_never_inside_one() -> None:
    table = phrases("fr")
    assert unmark(table.fix(table.job_phrase("Acheteur projet"))) == "le poste d'Acheteur projet"
    assert unmark(table.fix(f"chez {mark('Banco de Andalucía')}")) == "chez Banco de Andalucía"


def test_italian_and_spanish_join_the_preposition_and_article() -> None:
    assert phrases("it").fix("parlare di la posizione di X") == "parlare della posizione di X"
    assert phrases("es").fix("aportar a el puesto") == "aportar al puesto"


def test_lists_and_months_come_from_babel() -> None:
    assert items(["Python", "SQL", "Docker"], "de") == "Python, SQL und Docker"
    assert items(["Python", "SQL"], "fr") == "Python et SQL"
    assert month(datetime.date(2027, 5, 1), "es") == "mayo de 2027"
    assert month(datetime.date(2027, 12, 31), "nl") == "2027"


def test_a_cv_line_is_quoted_in_the_language_marks_in_one_sentence() -> None:
    assert phrases("de").quote("- Built a cache in Rust.") == "„Built a cache in Rust“"
    assert phrases("fr").quote("Développement d'une API") == "«\u00a0Développement d'une API\u00a0»"
    assert phrases("es").quote("Lideré el equipo. Migré la base de datos.") == "«Lideré el equipo»"
    long = " ".join(["word"] * 20) + ", " + " ".join(["more"] * 30)
    quoted = phrases("it").quote(long)
    assert quoted.endswith(" …»") and len(quoted.split()) <= 33


def test_only_a_first_person_line_is_said_as_a_sentence() -> None:
    assert phrases("es").says_itself("Desarrollé una API REST para pagos")
    assert not phrases("es").says_itself("Desarrollo de una API REST para pagos")
    assert phrases("de").says_itself("Ich habe eine API für Zahlungen gebaut")
    assert not phrases("de").says_itself("Entwicklung einer API für Zahlungen")
    assert phrases("fr").says_itself("J'ai conçu une API de paiement")


def test_titles_lose_board_tags_and_shorten_for_a_second_mention() -> None:
    assert bare_title("[Remoto] Front-end Jr. na Recruiter") == "Front-end Jr. na Recruiter"
    assert subject("pt", "[Salvador, BA] Desenvolvedor Android") == "Candidatura à vaga de Desenvolvedor Android"
    assert short_title("Chef de Projet Ascenseurs - Grands Projets / Grands Comptes H/F") == "Chef de Projet Ascenseurs"
    assert short_title("Wissenschaftliche Mitarbeiterin (m/w/d) Politikwissenschaft") == \
        "Wissenschaftliche Mitarbeiterin Politikwissenschaft"


def test_spanish_todo_and_a_french_colon_are_no_placeholders() -> None:
    assert find_placeholders("Aportaría sobre todo: el desarrollo.", "es") == []
    assert find_placeholders("Contrat doctoral : modélisation.", "fr") == []
    assert find_placeholders("TODO: write this.", "es")
    assert find_placeholders("Contract doctoral : modelling.", "en")


def test_a_function_word_that_opens_a_sentence_is_no_name() -> None:
    profile = Profile.from_dict({"basics": {"name": "Ana"}, "work": [{"name": "Grupo Novus", "position": "Dev"}]})
    facts = build_facts(profile, Job(raw_text="Buscamos Dev.", source="posting.txt", company="Acme"))
    for text, language in (("Naast mijn studie werk ik graag.", "nl"),
                           ("En Grupo Novus trabajé como Dev.", "es")):
        claims = extract_claims(text, facts, language=language)
        assert all(c.supported for c in claims), [c.text for c in claims if not c.supported]
    unsupported = extract_claims("En Initech trabajé como Dev.", facts, language="es")
    assert any(c.text == "Initech" and not c.supported for c in unsupported)


def test_a_sentence_taken_for_a_title_is_not_said_as_one() -> None:
    """Quarteera's posting begins "Wir suchen ab sofort eine*n Sozialarbeiter*in bzw. Sozialrechtsberater*in für
    unser Beratungszentrum in": a letter said "die Stelle als Wir suchen ab sofort ...". A title of more than
    eight words is the post without a title, as an English letter says "this position"."""
    from coverletter.write.lang import phrases

    german = phrases("de")
    long = "Wir suchen ab sofort eine*n Sozialarbeiter*in bzw. Sozialrechtsberater*in für unser Beratungszentrum in"
    assert german.job_phrase(long) == german.job_untitled
    assert "Sozialarbeiter" in german.job_phrase("Sozialarbeiter*in (m/w/d)")


def test_a_freelancers_label_is_no_employer_in_any_language() -> None:
    """A fluent reader of set lang2 quoted "als Web Developer bei Freelance": a CV's "Freelance" in the employer's
    place is said as working on one's own account."""
    from coverletter.write.lang import phrases

    assert phrases("de").at("Freelance") == "freiberuflich"
    assert phrases("es").at("Self-employed") == "por cuenta propia"  # no name in it to mark
    assert "Siemens" in phrases("de").at("Siemens")


def test_a_name_with_its_own_article_takes_none_of_the_language() -> None:
    """Fluent reading lang2: "an der The Open University", "presso la The Open University of Israel"."""
    from coverletter.write.lang import phrases
    from coverletter.write.lang.phrases import unmark

    assert unmark(phrases("de").at("The Open University")) == "bei The Open University"
    assert unmark(phrases("it").at("The Open University of Israel")) == "presso The Open University of Israel"


def test_a_university_of_another_language_is_still_a_university() -> None:
    """Fluent reading lang2: "concluí meus estudos na empresa Universidad Central de Venezuela"."""
    from coverletter.write.lang import phrases
    from coverletter.write.lang.phrases import unmark

    assert unmark(phrases("pt").at("Universidad Central de Venezuela")) == "na Universidad Central de Venezuela"
    assert unmark(phrases("es").at("Universidade de São Paulo")) == "en la Universidade de São Paulo"
