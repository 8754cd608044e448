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
        ("universidade|universidad|université|università|universität|universiteit|university|faculdade|escola|"
         "fundação|fundacao|prefeitura|secretaria|embaixada|câmara|"
         "camara|agência|agencia|caixa|empresa|health|college", "na {org}"),
        ("instituto|hospital|centro|banco|ministério|ministerio|governo|tribunal|consulado|departamento|"
         "laboratório|laboratorio|colégio|colegio|institute|center|centre", "no {org}"),
    ),
    freelance="por conta própria",
    at_unknown="na sua empresa",
    years_current="desde {start}",
    years_past="de {start} a {end}",
    years_one="em {start}",
    finish=", com conclusão prevista para {month},",
    fix=_fix,
    quotes=("“", "”"),
    first_person=r"^(?:eu\b|\w{3,}ei\b|\w{4,}(?:i|í)\b)",
    head_anywhere=True,
    slots={
        "open_current": [
            "No momento, trabalho como {position} {at_org} e apresento minha candidatura para {job} "
            "{at_employer}.",
            "Venho apresentar minha candidatura para {job} {at_employer}; no momento, trabalho como "
            "{position} {at_org}.",
        ],
        "open_past": [
            "Depois de trabalhar como {position} {at_org}, apresento minha candidatura para {job} "
            "{at_employer}.",
            "Meu último trabalho foi como {position} {at_org}; agora me candidato para {job} {at_employer}.",
        ],
        "open_student": [
            "No momento, estudo {area}{degree} {at_school}{finish} e apresento minha candidatura para {job} "
            "{at_employer}.",
            "Hoje curso {area}{degree} {at_school}{finish} e me candidato para {job} {at_employer}.",
        ],
        "open_plain": [
            "Apresento minha candidatura para {job} {at_employer}.",
            "Venho me candidatar para {job} {at_employer}.",
        ],
        "change_clause": [", ainda que para mim seja uma mudança de área"],
        "change": [
            "Para mim, o trabalho {at_employer} seria uma mudança de área.",
            "Minha trajetória não leva diretamente ao trabalho {at_employer}, mas parte da minha experiência "
            "é transferível.",
            "Minha experiência vem de outra área, mas parte dela é transferível para o trabalho "
            "{at_employer}.",
        ],
        "ask_skills": [
            "Vocês buscam experiência com {skills}.",
            "A vaga pede {skills}.",
            "Experiência com {skills} está entre os requisitos da vaga.",
            "Para vocês conta a experiência com {skills}.",
            "O anúncio menciona {skills}.",
        ],
        "ask_open": [
            "Para o trabalho {at_employer}, esta experiência pode contar.",
            "O que eu traria {at_employer} aparece na minha trajetória.",
        ],
        "ask_topic": [
            "Entre os requisitos da vaga está {topic}.",
            "O anúncio pede {topic}.",
            "Na vaga consta {topic}.",
        ],
        "role_current": [
            "{at_org} trabalho {years} como {position}.",
            "Sou {position} {at_org} {years}.",
        ],
        "role_past": [
            "{at_org} trabalhei {years} como {position}.",
            "Fui {position} {at_org} {years}.",
        ],
        "quote_current": [
            "Como {position} {at_org} ({span}), meu currículo registra, entre outras coisas, {quote}.",
            "Um exemplo do meu trabalho atual como {position} {at_org}, como meu currículo o descreve: "
            "{quote}.",
            "{at_org} trabalho {years} como {position}; desse trabalho meu currículo registra {quote}.",
        ],
        "quote_past": [
            "Como {position} {at_org} ({span}), realizei, entre outras coisas, o seguinte: {quote}.",
            "Um exemplo do meu período como {position} {at_org} ({span}), como meu currículo o descreve: "
            "{quote}.",
            "{at_org} trabalhei {years} como {position}; desse período meu currículo registra {quote}.",
        ],
        "quote_again_current": [
            "Meu trabalho {at_org} oferece um exemplo: {quote}.",
            "Um exemplo do meu trabalho {at_org}: {quote}.",
        ],
        "quote_again_past": [
            "Meu período {at_org} oferece um exemplo: {quote}.",
            "Um exemplo do meu período {at_org}: {quote}.",
        ],
        "quote_org_current": [
            "Do meu trabalho {at_org} ({span}), meu currículo registra {quote}.",
            "Um exemplo do meu trabalho {at_org} ({span}): {quote}.",
        ],
        "quote_org_past": [
            "Do meu trabalho {at_org} ({span}), meu currículo registra {quote}.",
            "Um exemplo do meu trabalho {at_org} ({span}): {quote}.",
        ],
        "quote_project": [
            "Fora do meu emprego, desenvolvi o projeto {org}: {quote}.",
            "Um exemplo é meu projeto {org}: {quote}.",
        ],
        "quote_project_again": [
            "Do mesmo projeto faz parte {quote}.",
            "O mesmo projeto inclui {quote}.",
        ],
        "quote_plain": [
            "Meu currículo registra, por exemplo, {quote}.",
        ],
        "role_tools_current": [
            "Como {position} {at_org} ({span}), trabalho com {skills}.",
            "{at_org} trabalho {years} como {position} com {skills}.",
        ],
        "role_tools_past": [
            "Como {position} {at_org} ({span}), trabalhei com {skills}.",
            "{at_org} trabalhei {years} como {position} com {skills}.",
        ],
        "tools_at_current": [
            "{at_org} trabalho com {skills}.",
            "Minhas ferramentas {at_org} são {skills}.",
        ],
        "tools_at_past": [
            "{at_org} trabalhei com {skills}.",
            "Minhas ferramentas {at_org} foram {skills}.",
        ],
        "tools_current": [
            "Lá trabalho com {skills}.",
            "Entre minhas ferramentas estão {skills}.",
        ],
        "tools_past": [
            "Lá trabalhei com {skills}.",
            "Lá usei, entre outras ferramentas, {skills}.",
        ],
        "support": [
            "soma-se a isso {quote}.",
            "além disso, {quote}.",
        ],
        "listed": [
            "Das ferramentas que vocês usam {at_employer}, conheço {tools} na prática.",
            "Conheço na prática ferramentas que vocês usam {at_employer}: {tools}.",
        ],
        "degree_done": [
            "Em {year}, concluí meus estudos {at_school} ({degree}).",
            "Concluí minha formação em {year} ({degree}, {school}).",
        ],
        "degree_studied": [
            "Meus estudos foram feitos {at_school} ({degree}).",
            "Minha formação vem dos estudos {at_school} ({degree}).",
        ],
        "paper": [
            "Publiquei, entre outros trabalhos, {name}.",
            "Entre minhas publicações está {name}.",
        ],
        "award": [
            "Meu trabalho recebeu um reconhecimento: {name}.",
            "Recebi a distinção {name}.",
        ],
        "project": [
            "Fora do meu emprego, desenvolvi o projeto {name}.",
            "Além do meu emprego, realizei o projeto {name}.",
        ],
        "close": [
            "Estou à disposição para uma entrevista sobre o que posso trazer {at_employer}.",
            "Em uma entrevista, eu poderia apresentar com mais detalhes o que traria {at_employer}.",
            "Estou à disposição para conversar sobre {job}.",
            "Em uma entrevista, posso contar mais sobre o que traria para {job}.",
        ],
        "weak_close": [
            "Estou à disposição para conversar sobre o que minha experiência pode trazer para {job}.",
            "Se minha experiência puder ser útil {at_employer}, terei prazer em conversar.",
            "Estou à disposição para avaliarmos juntos o que minha experiência pode trazer {at_employer}.",
            "Em uma entrevista, podemos ver se minha experiência combina com {job}.",
        ],
    },
)
