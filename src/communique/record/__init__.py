"""CodedArticle -> Record (../shared/spec/RECORD.md), and its validation against the schema."""

from communique.record.assemble import assemble, bare_record

__all__ = ["assemble", "bare_record"]
