"""Step 5: topics, from each topic's keywords."""

from __future__ import annotations

import re

import pandas as pd

TOPIC_KEYWORDS = {
    "officer-numbers": r"officers?\b|bobbies|pcsos?\b|constables|police numbers|recruit|more police|extra police|"
                       r"uniformed|fair share of officers",
    "town-centre-teams": r"town centre teams?",
    "arrests": r"arrest|proactive|\bop\b|operation",
    "zero-tolerance": r"zero.tolerance|deterrent|consequences|crack(?:ing)? down",
    "multi-agency": r"agenc|share (?:information|intelligence)|sharing|work together|legal duty|public bodies|"
                    r"speak to each other|schools and health",
    "prevention": r"prevent|early intervention|youth workers|schools",
    "serious-violence": r"serious (?:violent )?crime|violen|knife|stabb|rise \[in crime\]|sharp rise|crime has risen",
}
PROPOSED_TOPICS = {
    "funding": ("Funding and budgets", "Money for policing: budgets, council tax precepts, grants and spending.",
                r"£|budget|precept|council tax|funding|funded|money|grant"),
    "police-stations": ("Police stations", "Police stations and front counters: where they are and when they open.",
                        r"station|front counter"),
    "response-times": ("Response times", "How quickly police answer calls and attend incidents.",
                       r"response times?"),
}
UNTAGGED_TOPIC = ("needs-topic", "Needs a topic", "Draft: no topic keyword matched; choose one in review.")


def topics_for(text: str, topics: pd.DataFrame) -> list[str]:
    """Topic ids whose keywords the text holds: the gazetteer's topics, then the proposed ones."""
    found = [t for t in topics["topic_id"] if re.search(_topic_pattern(topics, t), text, re.I)]
    if not found:
        found = [t for t, (_, _, pattern) in PROPOSED_TOPICS.items() if re.search(pattern, text, re.I)]
    return found or [UNTAGGED_TOPIC[0]]


def _topic_pattern(topics: pd.DataFrame, topic_id: str) -> str:
    if topic_id in TOPIC_KEYWORDS:
        return TOPIC_KEYWORDS[topic_id]
    label = topics.set_index("topic_id").at[topic_id, "label"]
    words = [re.escape(w.lower()) for w in re.findall(r"[A-Za-z]{4,}", label)]
    return r"\b(?:" + "|".join(words) + r")" if words else r"(?!)"
