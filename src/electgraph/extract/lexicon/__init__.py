"""Word lists the extractor matches on, one module per concept, all re-exported here.

Everything is lower-case and keyed by token tuples, so that the chunker can match the longest
entry at each token in one pass (`PhraseTable`). Keep entries general: they describe how the
Indonesian press names offices and bodies, never one article. Rule modules read them as
`from electgraph.extract import lexicon as lx; lx.NAME`.

- `_tables`: the phrase table, the `Body` record, the data-file reader
- `bodies`: bodies, their long forms and levels, parties, organisation heads, venues, places
- `offices`: role titles, implied bodies, divisions, statuses, candidate and office-sought words
- `names`: honorifics, ranks, degrees, words that are never names, common words, dates
- `events`: event and election heads and words, host and attendance cues, absence
- `discourse`: speech verbs, nominations, pairs, sanctions
- `spelling`: structural words misspelt ("Kabuapten") and passives written apart ("di Lantik"),
  read as the word meant
"""

from electgraph.extract.lexicon._tables import *
from electgraph.extract.lexicon.bodies import *
from electgraph.extract.lexicon.discourse import *
from electgraph.extract.lexicon.events import *
from electgraph.extract.lexicon.names import *
from electgraph.extract.lexicon.offices import *
from electgraph.extract.lexicon.spelling import *
