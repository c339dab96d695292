"""The moderator's pages: login, the queue, a comment's and a reader's history, the dashboard."""
