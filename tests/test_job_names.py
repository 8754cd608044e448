"""The employer's names and the lists' lead-ins in the seven languages (orgnames, leadins, stacked labels)."""

from __future__ import annotations

import pytest

from coverletter.job import orgnames
from coverletter.job.leadins import lead_in_kind
from coverletter.job.sections import split_lines, split_sections
from coverletter.job.stacked import stacked_labels


@pytest.mark.parametrize(("text", "name"), [
    ("at the Computational and Biological Learning Lab, Department of Engineering, University of Cambridge, and",
     "University of Cambridge"),
    ("Die Martin-Luther-Universität Halle-Wittenberg (MLU) bietet", "Martin-Luther-Universität Halle-Wittenberg"),
    ("Bij de gemeente Apeldoorn werk je", "gemeente Apeldoorn"),
    ("L’Institut des Sciences de la Terre (ISTerre, UMR 5275) recherche", "Institut des Sciences de la Terre"),
    ("il trasferimento presso il Comune di Vasto; Sui posti", "Comune di Vasto"),
])
def test_an_official_name_is_found_without_its_article(text: str, name: str) -> None:
    assert name in list(orgnames.institutions(text))


@pytest.mark.parametrize("name", ["Beschreibung", "Omschrijving", "Synthèse de l'offre", "Français", "La",
                                  "Ein Job, der Sie begeistert", "Nombre de Postes : 1", "Vagas"])
def test_chrome_headings_languages_and_fragments_are_no_name(name: str) -> None:
    assert orgnames.never_a_name(name)


@pytest.mark.parametrize("name", ["TU Dresden", "VAGAS.com", "3M", "Agent Pronto", "Hospital de Mulchén"])
def test_real_names_pass(name: str) -> None:
    assert not orgnames.never_a_name(name)


def test_a_domain_is_mapped_back_to_the_name_the_text_gives() -> None:
    assert orgnames.name_for_stem("agentpronto", "Since 2010, Agent Pronto has helped") == "Agent Pronto"
    assert orgnames.name_for_stem("cam", "The postdoc will be based in Cambridge.") == "Cambridge"
    assert orgnames.is_freemail("gmail") and not orgnames.is_freemail("digisystem")


@pytest.mark.parametrize(("line", "kind"), [
    ("The successful candidate will have", "requirements"),
    ("Preference will be given to candidates with", "preferred"),
    ("Wat wij vragen", "requirements"),
    ("Si richiede:", "requirements"),
    ("Essa vaga é pra você que", "requirements"),
    ("You will have the opportunity to", None),
    ("We build tools for teams.", None),
])
def test_a_lead_in_gives_its_list_a_kind(line: str, kind: str | None) -> None:
    assert lead_in_kind(line) == kind


def test_a_label_on_its_own_line_takes_the_next_line_and_its_last_body() -> None:
    text = ("Institución\n\nMinisterio de Salud / Servicio de Salud Biobío / Hospital de Mulchén\n\n"
            "Área de Trabajo\n\nSalud\n")
    sections, _dropped = split_sections(split_lines(text), frozenset())
    labels = stacked_labels(sections)
    assert labels["company"][0] == "Hospital de Mulchén"
    assert labels["department"][0] == "Salud"
