
"""Drafting: from one plain-text article to a draft dataset, every span computed from the text.

Rules and word lists, not a model: the conventions of British news writing, read in named steps.

1. `quotes`: paragraphs, quote marks (curly, straight or single) and sentences.
2. `names` and `speakers`: who a phrase names, and the article read in order; `attribution` (verbs of saying)
   and `sources` (`according to X`, `The meeting heard`): each quote and reported claim given to the speaker the
   text names, or to nobody, with a flag, when it does not name one unambiguously.
3. `figures`: numbers in digits or words, what they count, their period and who claims them.
4. `places` and `topics`: the areas an article names (and new ones to propose), topics from keywords.
5. `assembly`: the steps in order, and the six tables of the data contract (`components/schema.py`).
6. `folder`: the draft folder a reviewer reads and `merge` takes; `quality` scores a draft against an answer.

`limits` says how much text a draft takes and `worker` runs one in a separate process with a deadline, so a
hostile text cannot stall the server.
"""

from components.dataset.names import slug
from components.drafting.assembly import ArticleMeta, draft_article, read_csv_strings, shipped_tables
from components.drafting.folder import draft_files, draft_report, figures_split, title_from_filename
from components.drafting.records import Draft
from components.drafting.topics import PROPOSED_TOPICS, UNTAGGED_TOPIC

__all__ = ["ArticleMeta", "Draft", "PROPOSED_TOPICS", "UNTAGGED_TOPIC", "draft_article", "draft_files", "draft_report",
           "figures_split", "read_csv_strings", "shipped_tables", "slug", "title_from_filename"]
