"""Estimated cost of a request to a known OpenAI model, from its token usage.

Prices are US dollars per million tokens (input, output), from OpenAI's public price list; they change,
so the figure shown is an estimate. Dated snapshots ("gpt-4o-mini-2024-07-18") use their family's
price. Other servers (local, self-hosted, other vendors) get no estimate.
"""

from __future__ import annotations

# model family -> (input $/1M tokens, output $/1M tokens)
PRICES: dict[str, tuple[float, float]] = {
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4-turbo": (10.00, 30.00),
    "gpt-4": (30.00, 60.00),
    "gpt-3.5-turbo": (0.50, 1.50),
    "o1": (15.00, 60.00),
    "o1-mini": (1.10, 4.40),
    "o3": (2.00, 8.00),
    "o3-mini": (1.10, 4.40),
    "o4-mini": (1.10, 4.40),
}


def price_of(model: str | None) -> tuple[float, float] | None:
    """(input, output) price per million tokens for a model or one of its dated snapshots; None if unknown."""
    if not model:
        return None
    name = model.strip().casefold()
    if name.startswith("openai/"):
        name = name[len("openai/"):]
    best = None
    for family in PRICES:
        matches = name == family or (name.startswith(family + "-") and _is_snapshot(name[len(family) + 1:]))
        if matches and (best is None or len(family) > len(best)):
            best = family
    return PRICES[best] if best else None


def _is_snapshot(rest: str) -> bool:
    """'2024-07-18', '0613', '1106-preview', 'preview', 'latest': a dated or named snapshot of the family."""
    head = rest.split("-")[0]
    return head.isdigit() or head in ("preview", "latest", "chat")


def estimate_cost(model: str | None, usage: dict[str, int] | None) -> float | None:
    """Estimated US dollars for the usage, or None for an unknown model or missing usage."""
    price = price_of(model)
    if price is None or not usage:
        return None
    prompt = usage.get("prompt_tokens", 0)
    completion = usage.get("completion_tokens", 0)
    return round((prompt * price[0] + completion * price[1]) / 1_000_000, 6)
