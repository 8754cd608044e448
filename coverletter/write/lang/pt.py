"""Portuguese letters (the Brazilian forms of application letters): a company after "na empresa", an
institution named by its kind after "na"/"no", job titles after "como"."""

from __future__ import annotations

import re

from .phrases import Phrases

_ARTICLED = {"de": "da", "em": "na", "a": "à", "por": "pela"}


def _fix(text: str) -> str:
    """'de a vaga' -> 'da vaga', 'a a vaga' -> 'à vaga' (Portuguese joins a preposition and the article)."""
    return re.sub(r"\b(de|em|a|por) a (?=vaga)", lambda m: _ARTICLED[m.group(1)] + " ", text)


PHRASES = Phrases(
    code="pt",
    job="a vaga de {title}",
    job_untitled="a vaga anunciada",
    at_default="na empresa {org}",
    at_rules=(
        ("universidade|university|faculdade|escola|fundação|fundacao|prefeitura|secretaria|embaixada|câmara|"
         "camara|agência|agencia|caixa|empresa", "na {org}"),
        ("instituto|hospital|centro|banco|ministério|ministerio|governo|tribunal|consulado|departamento|"
         "laboratório|laboratorio|colégio|colegio", "no {org}"),
    ),
    at_unknown="na sua empresa",
    years_current="desde {start}",
    years_past="de {start} a {end}",
    years_one="em {start}",
    finish=", com conclusão prevista para {month},",
    fix=_fix,
    slots={
        "open_current": [
            "No momento, trabalho como {position} {at_org} e apresento minha candidatura para {job} {at_employer}.",
            "A partir do meu trabalho atual como {position} {at_org}, apresento minha candidatura para {job} "
            "{at_employer}.",
        ],
        "open_past": [
            "Depois de atuar como {position} {at_org}, apresento minha candidatura para {job} {at_employer}.",
            "Meu último trabalho foi como {position} {at_org}; agora apresento minha candidatura para {job} "
            "{at_employer}.",
        ],
        "open_student": [
            "No momento, estudo {area}{details}{finish} e apresento minha candidatura para {job} {at_employer}.",
            "Durante o curso de {area}{details}{finish} apresento minha candidatura para {job} {at_employer}.",
        ],
        "open_plain": [
            "Com esta carta, apresento minha candidatura para {job} {at_employer}.",
            "Eu apresento aqui minha candidatura para {job} {at_employer}.",
        ],
        "weak_intro": [
            "Para mim, {job} seria uma mudança de área; eis o que eu traria.",
            "Minha trajetória não leva diretamente a esta vaga, mas parte da minha experiência é aplicável.",
        ],
        "lead_current_skills": [
            "{at_org}, onde trabalho como {position} {years}, utilizo {skills}.",
            "O anúncio menciona {skills}, com que trabalho {at_org}, onde atuo como {position} {years}.",
            "Trabalho com {skills} {at_org}, onde atuo como {position} {years}.",
        ],
        "lead_past_skills": [
            "{at_org}, onde trabalhei como {position} {years}, utilizei {skills}.",
            "Com {skills} adquiri experiência {at_org}, onde trabalhei como {position} {years}.",
            "O anúncio menciona {skills}, com que trabalhei {at_org}, como {position} {years}.",
        ],
        "lead_current": [
            "Para {job}, trago minha experiência {at_org}, onde trabalho como {position} {years}.",
            "{at_org}, trabalho como {position} {years}, uma experiência que eu gostaria de aplicar "
            "{at_employer}.",
        ],
        "lead_past": [
            "Para {job}, trago também a experiência {at_org}, onde atuei como {position} {years}.",
            "{at_org}, trabalhei como {position} {years}, uma experiência que eu gostaria de aplicar "
            "{at_employer}.",
        ],
        "topic": ["O anúncio menciona, entre outros requisitos: {topic}.", "Entre os requisitos da vaga está: "
                  "{topic}."],
        "lines": [
            "Deste trabalho, eu aplicaria {at_employer} principalmente: {line}.",
            "Uma experiência que eu gostaria de aplicar {at_employer}: {line}.",
            "Para o trabalho {at_employer}, é especialmente útil: {line}.",
        ],
        "more_skills_current": [
            "Lá também trabalho com {skills}, conhecimentos que eu poderia aplicar {at_employer}.",
            "Meu trabalho com {skills} {at_org} também seria útil {at_employer}.",
        ],
        "more_skills": [
            "Lá também trabalhei com {skills}, conhecimentos que eu poderia aplicar {at_employer}.",
            "Meu trabalho com {skills} {at_org} também seria útil {at_employer}.",
        ],
        "paper": [
            "Para {job}, minha pesquisa também pode contar; entre minhas publicações está {name}.",
            "Minha pesquisa também pode ser útil {at_employer}; entre minhas publicações está {name}.",
        ],
        "awards": [
            "Para {job}, menciono também um reconhecimento: {name}.",
            "Meu trabalho recebeu reconhecimento: {name}.",
        ],
        "project": [
            "Para {job}, menciono também o projeto {name}, feito fora do meu emprego.",
            "Fora do meu emprego, trabalhei no projeto {name}.",
        ],
        "career": [
            "Para {job}, trago experiência profissional desde {since}, entre outros lugares {orgs}.",
            "Desde {since}, trabalhei {orgs}, experiência que eu aplicaria {at_employer}.",
        ],
        "stations": [
            "Para {job}, trago a experiência destes cargos: {stations}.",
            "O que eu aplicaria {at_employer} vem destes cargos: {stations}.",
        ],
        "lines_at": [
            "Do meu trabalho {at_org}, eu aplicaria {at_employer} principalmente: {line}.",
            "{at_org}, entre as minhas atividades úteis também {at_employer}: {line}.",
        ],
        "tools": [
            "Dos conhecimentos pedidos no anúncio, já trabalhei com {tools}.",
            "O anúncio menciona também {tools}, com que já trabalhei.",
        ],
        "degree": [
            "Para {job}, trago também minha formação: {degree}.",
            "Minha formação, que seria a base do meu trabalho {at_employer}: {degree}.",
        ],
        "close": [
            "Por fim, fico à disposição para uma entrevista sobre {job}.",
            "Eu gostaria de conversar sobre {job} e sobre o que posso contribuir {at_employer}.",
            "Desde já agradeço a atenção dada à minha candidatura para {job}.",
        ],
        "weak_close": [
            "Se minha trajetória puder ser útil {at_employer}, terei prazer em conversar.",
            "Por fim, fico à disposição para conversar sobre o que minha experiência pode trazer para {job}.",
        ],
    },
)
