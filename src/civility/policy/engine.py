"""The moderator: runs the ordered phases over a comment and returns a verdict."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from civility.domain import CATEGORIES, Draft, Evidence, Verdict
from civility.errors import CivilityError
from civility.models.cascade import TextScorer
from civility.models.store import load_scorer
from civility.policy.config import Policy, load_policy
from civility.policy.phases import checks, classifier, decide, language, spam, words
from civility.policy.phases.base import Context, Phase

# Before the model scores a batch: each comment is checked, normalised and its language found.
PREPARE: list[Phase] = [
    checks.length,               # empty or over the policy's limit: refused outright
    checks.normalise,            # see through obfuscation, keep a map to the original text
    language.identify_language,  # a language the model does not read is not scored as English
]
# The order of moderation. Each phase reads the draft and may add scores, evidence and
# reasons; `decide.thresholds` turns them into the action. Meaning (threat, hate, insult) is
# the model's to judge; the phases before it are word lists and spam signals.
PHASES: list[Phase] = [
    words.publisher_words,       # the publisher's banned (reject) and suspect (hold) words
    words.lexicon,               # profanity, slurs and sexual words, however they are spelt
    spam.spam,                   # links with sales talk, contact details, repetition
    language.unsupported,        # the policy's action for a language the model does not read
    classifier.classifier,       # the model's scores and the words it marked
    decide.toxicity,             # overall toxicity is at least its worst part
    checks.premoderation,        # new readers or links, if the policy asks
    decide.thresholds,           # the policy's thresholds give the action
]


class Moderator:
    """Scores comments against a policy. Batch results equal one-at-a-time results."""

    def __init__(self, policy: Policy | None = None, scorer: TextScorer | None = None,
                 *, use_model: bool = True) -> None:
        self.policy = policy or load_policy()
        self.scorer = scorer if scorer is not None or not use_model else load_scorer()

    @classmethod
    def from_files(cls, policy: Path | None = None, model: Path | None = None) -> Moderator:
        return cls(load_policy(policy), load_scorer(model))

    @property
    def model_version(self) -> str:
        return self.scorer.version if self.scorer is not None else "rules-only"

    def moderate(self, text: str, *, author_published: int | None = None) -> Verdict:
        return self.moderate_many([text], author_published=author_published)[0]

    def moderate_many(self, texts: Sequence[str], *, author_published: int | None = None
                      ) -> list[Verdict]:
        """Moderate a batch; raises ``InputError`` for the first unusable text."""
        ctx = Context(self.policy, self.scorer, author_published)
        drafts = [Draft(text=t, model_version=self.model_version) for t in texts]
        for draft in drafts:
            for phase in PREPARE:
                phase(draft, ctx)
        scored = [d for d in drafts if d.language_supported]
        if self.scorer is not None and scored:
            ceiling = min(rule.hold for rule in self.policy.categories.values())
            outputs = self.scorer.score([d.normalized for d in scored], ceiling)
            for draft, out in zip(scored, outputs, strict=True):
                draft.model_scores = dict(out.scores)
                draft.model_tokens = out.tokens
                draft.model_source = out.source
        return [self._finish(d, ctx) for d in drafts]

    def try_moderate_many(self, texts: Sequence[str]) -> list[Verdict | CivilityError]:
        """Like ``moderate_many``, but a bad text yields its error instead of stopping."""
        try:
            return list(self.moderate_many(texts))
        except CivilityError:
            out: list[Verdict | CivilityError] = []
            for t in texts:
                try:
                    out.append(self.moderate(t))
                except CivilityError as exc:
                    out.append(exc)
            return out

    def _finish(self, draft: Draft, ctx: Context) -> Verdict:
        for phase in PHASES:
            phase(draft, ctx)
        scores = {c: round(draft.scores.get(c, 0.0), 4) for c in CATEGORIES}
        evidence: tuple[Evidence, ...] = tuple(draft.evidence)
        assert draft.final is not None
        return Verdict(draft.final, scores, tuple(draft.reasons), evidence,
                       self.model_version, self.policy.version, draft.language)
