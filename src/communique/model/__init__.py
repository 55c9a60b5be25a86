"""The objects that flow between stages. Plain data, no logic beyond (de)serialisation.

ingest yields RawDocument (or Reject); article turns it into Article; nlp wraps it as
ParsedArticle; actors adds a Cast; quotes adds Quotes; events adds Events; record assembles
the Record of ../shared/spec/RECORD.md.
"""

from communique.model.article import Article, Dateline
from communique.model.raw import RawDocument, Reject
from communique.model.record import Actor, Event, Place, Quote, Record

__all__ = ["Actor", "Article", "Dateline", "Event", "Place", "Quote", "RawDocument", "Record", "Reject"]
