"""The comment service: plain functions over the store and the engine, shared by the API and the CLI."""
