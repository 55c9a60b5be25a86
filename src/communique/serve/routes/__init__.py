"""One router per resource: articles, actors, quotes, events, dyads, top lists, dashboard pages."""
