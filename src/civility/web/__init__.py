"""The web layer: the app factory, the REST API and (later) the moderator's pages."""
