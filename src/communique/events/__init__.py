"""QuotedArticle -> CodedArticle: CAMEO/PLOVER events with actors, date, place and evidence."""

from communique.events.coded import CodedArticle, make_event_coder

__all__ = ["CodedArticle", "make_event_coder"]
